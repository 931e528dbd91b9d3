package io.github.kindem2m.client;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Sends a registration's token; on a 401 drops it and retries once with a fresh one (the
 * API may have seen a key rotation or a revocation the cache does not know about).
 */
final class BearerTokenInterceptor implements ClientHttpRequestInterceptor {

	private final KindeM2mTokens tokens;

	private final String registration;

	BearerTokenInterceptor(KindeM2mTokens tokens, String registration) {
		this.tokens = tokens;
		this.registration = registration;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String token = this.tokens.token(this.registration);
		request.getHeaders().setBearerAuth(token);
		ClientHttpResponse response = execution.execute(request, body);
		if (response.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
			return response;
		}
		response.close();
		this.tokens.invalidate(this.registration, token);
		request.getHeaders().remove(HttpHeaders.AUTHORIZATION);
		request.getHeaders().setBearerAuth(this.tokens.token(this.registration));
		return execution.execute(request, body);
	}

}
