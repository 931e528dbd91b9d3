package io.github.kindem2m.test.issuer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /oauth2/token} with the client credentials grant, as Kinde answers it:
 * the secret in the body or HTTP Basic, {@code audience} required (and repeatable),
 * {@code scope} optional; errors {@code invalid_client} (401), {@code invalid_request},
 * {@code unauthorized_client}, {@code invalid_scope} and {@code unsupported_grant_type}
 * (400). Without {@code scope} the token carries every scope granted to the client.
 */
final class TokenEndpoint implements HttpHandler {

	private static final int MAX_BODY = 16 * 1024;

	private final LocalKindeIssuer issuer;

	TokenEndpoint(LocalKindeIssuer issuer) {
		this.issuer = issuer;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		this.issuer.countTokenRequest();
		int failure = this.issuer.takeFailure();
		if (failure > 0) {
			error(exchange, failure, "server_error", "Simulated outage of the local issuer");
			return;
		}
		if (!"POST".equals(exchange.getRequestMethod())) {
			exchange.getResponseHeaders().set("Allow", "POST");
			error(exchange, 405, "invalid_request", "The token endpoint accepts POST only");
			return;
		}
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
			error(exchange, 400, "invalid_request", "The body must be application/x-www-form-urlencoded");
			return;
		}
		Map<String, List<String>> form = form(exchange.getRequestBody());
		if (form == null) {
			error(exchange, 400, "invalid_request", "The request body is too large or malformed");
			return;
		}
		if (!"client_credentials".equals(single(form, "grant_type"))) {
			error(exchange, 400, "unsupported_grant_type", "Only grant_type=client_credentials is supported");
			return;
		}
		String[] credentials = credentials(exchange, form);
		LocalClient client = (credentials != null) ? this.issuer.client(credentials[0]).orElse(null) : null;
		if (client == null || !secretMatches(client.clientSecret(), credentials[1])) {
			if (exchange.getRequestHeaders().containsKey("Authorization")) {
				exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"kinde\"");
			}
			error(exchange, 401, "invalid_client", "Client authentication failed");
			return;
		}
		List<String> audiences = form.getOrDefault("audience", List.of());
		if (audiences.isEmpty() || audiences.stream().anyMatch(String::isBlank)) {
			error(exchange, 400, "invalid_request", "The audience parameter is required");
			return;
		}
		if (!client.audiences().containsAll(audiences)) {
			error(exchange, 400, "unauthorized_client", "The client is not authorized for the requested audience");
			return;
		}
		List<String> scopes = scopes(single(form, "scope"), client);
		if (scopes == null) {
			error(exchange, 400, "invalid_scope", "The requested scope is not granted to the client");
			return;
		}
		String token = this.issuer.mint(client, audiences, scopes).sign();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", token);
		body.put("expires_in", client.tokenLifetime().toSeconds() - 1);
		body.put("scope", String.join(" ", scopes));
		body.put("token_type", "bearer");
		LocalKindeIssuer.json(exchange, 200, body);
	}

	private static @Nullable List<String> scopes(@Nullable String requested, LocalClient client) {
		if (requested == null || requested.isBlank()) {
			return List.copyOf(client.scopes());
		}
		List<String> scopes = new ArrayList<>();
		for (String scope : requested.trim().split("\\s+")) {
			if (!client.scopes().contains(scope)) {
				return null;
			}
			scopes.add(scope);
		}
		return scopes;
	}

	private static String @Nullable [] credentials(HttpExchange exchange, Map<String, List<String>> form) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon < 0) {
					return null;
				}
				return new String[] { decode(decoded.substring(0, colon)), decode(decoded.substring(colon + 1)) };
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		String id = single(form, "client_id");
		String secret = single(form, "client_secret");
		return (id != null && secret != null) ? new String[] { id, secret } : null;
	}

	private static boolean secretMatches(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

	private static @Nullable String single(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return (values != null && values.size() == 1) ? values.get(0) : null;
	}

	private static @Nullable Map<String, List<String>> form(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(MAX_BODY + 1);
		if (bytes.length > MAX_BODY) {
			return null;
		}
		Map<String, List<String>> form = new LinkedHashMap<>();
		for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			try {
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
				form.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return form;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static void error(HttpExchange exchange, int status, String error, String description) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		LocalKindeIssuer.json(exchange, status, body);
	}

}
