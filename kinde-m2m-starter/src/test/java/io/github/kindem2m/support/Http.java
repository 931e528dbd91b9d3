package io.github.kindem2m.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Real HTTP calls to an application under test.
 */
public final class Http {

	private static final HttpClient client = HttpClient.newHttpClient();

	private Http() {
	}

	public static HttpResponse<String> get(int port, String path, String token) {
		return send(request(port, path, token).GET());
	}

	public static HttpResponse<String> post(int port, String path, String token, String json) {
		return send(request(port, path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private static HttpRequest.Builder request(int port, String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		return (token != null) ? request.header("Authorization", "Bearer " + token) : request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
