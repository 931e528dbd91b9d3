package io.github.kindem2m.test.issuer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint and error of the issuer, over real HTTP.
 */
class LocalKindeIssuerTests {

	private static final String API = "https://api.acme.test";

	private static final LocalKindeIssuer issuer = LocalKindeIssuer.builder()
		.client(LocalClient.builder("acme-agent")
			.secret("acme-secret")
			.org("org_acme")
			.audiences(API)
			.scopes("kb:read", "kb:write")
			.property("model_version", "gpt-4")
			.flag("agent-v2", true)
			.flag("tone", "formal")
			.flag("max-citations", 3)
			.build())
		.start();

	private static final HttpClient http = HttpClient.newHttpClient();

	@AfterAll
	static void stop() {
		issuer.close();
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(issuer.domain() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> token(String form, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String form(String... pairs) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	private static Map<String, Object> json(HttpResponse<String> response) throws Exception {
		return JSONObjectUtils.parse(response.body());
	}

	@Test
	void servesTheDiscoveryDocument() throws Exception {
		Map<String, Object> discovery = json(get("/.well-known/openid-configuration"));
		assertThat(discovery).containsEntry("issuer", issuer.domain())
			.containsEntry("token_endpoint", issuer.domain() + "/oauth2/token")
			.containsEntry("jwks_uri", issuer.domain() + "/.well-known/jwks");
	}

	@Test
	void servesTheKeySetAtBothKindePathsAndCountsRequests() throws Exception {
		int before = issuer.jwksRequests();
		for (String path : List.of("/.well-known/jwks", "/.well-known/jwks.json")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains(issuer.signingKey().getKeyID()).doesNotContain("\"d\"");
		}
		assertThat(issuer.jwksRequests()).isEqualTo(before + 2);
	}

	@Test
	void issuesATokenShapedLikeKindesWithTheSecretInTheBody() throws Exception {
		HttpResponse<String> response = token(form("grant_type", "client_credentials", "client_id", "acme-agent",
				"client_secret", "acme-secret", "audience", API));
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = json(response);
		assertThat(body).containsEntry("token_type", "bearer").containsEntry("scope", "kb:read kb:write")
			.containsEntry("expires_in", 86399L);
		SignedJWT jwt = SignedJWT.parse((String) body.get("access_token"));
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(jwt.getHeader().getKeyID()).isEqualTo(issuer.signingKey().getKeyID());
		Map<String, Object> claims = jwt.getPayload().toJSONObject();
		assertThat(claims.keySet()).containsExactlyInAnyOrder("aud", "azp", "exp", "gty", "iat", "iss", "jti", "scope",
				"scp", "v", "org_code", "application_properties", "feature_flags");
		assertThat(claims).containsEntry("aud", List.of(API)).containsEntry("azp", "acme-agent")
			.containsEntry("gty", List.of("client_credentials")).containsEntry("iss", issuer.domain())
			.containsEntry("org_code", "org_acme").containsEntry("v", "2").containsEntry("scp", List.of())
			.containsEntry("application_properties", Map.of("model_version", Map.of("v", "gpt-4")))
			.containsEntry("feature_flags", Map.of("agent-v2", Map.of("t", "b", "v", true), "tone",
					Map.of("t", "s", "v", "formal"), "max-citations", Map.of("t", "i", "v", 3L)));
		assertThat(jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime())
			.isEqualTo(86_400_000L);
	}

	@Test
	void acceptsHttpBasicClientAuthentication() throws Exception {
		String basic = Base64.getEncoder().encodeToString("acme-agent:acme-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = token(form("grant_type", "client_credentials", "audience", API, "scope",
				"kb:read"), "Authorization", "Basic " + basic);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response)).containsEntry("scope", "kb:read");
	}

	@Test
	void refusesBadCredentialsWithInvalidClient401() throws Exception {
		for (String form : List.of(
				form("grant_type", "client_credentials", "client_id", "acme-agent", "client_secret", "wrong", "audience", API),
				form("grant_type", "client_credentials", "client_id", "nobody", "client_secret", "x", "audience", API),
				form("grant_type", "client_credentials", "audience", API))) {
			HttpResponse<String> response = token(form);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(json(response)).containsEntry("error", "invalid_client");
		}
	}

	@Test
	void requiresAnAudience() throws Exception {
		HttpResponse<String> response = token(
				form("grant_type", "client_credentials", "client_id", "acme-agent", "client_secret", "acme-secret"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_request");
	}

	@Test
	void refusesAnAudienceTheClientIsNotAuthorisedFor() throws Exception {
		HttpResponse<String> response = token(form("grant_type", "client_credentials", "client_id", "acme-agent",
				"client_secret", "acme-secret", "audience", "https://other.test"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "unauthorized_client");
	}

	@Test
	void refusesScopesNotGranted() throws Exception {
		HttpResponse<String> response = token(form("grant_type", "client_credentials", "client_id", "acme-agent",
				"client_secret", "acme-secret", "audience", API, "scope", "kb:read admin"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_scope");
	}

	@Test
	void refusesOtherGrantTypesAndMethods() throws Exception {
		HttpResponse<String> password = token(form("grant_type", "password", "client_id", "acme-agent"));
		assertThat(password.statusCode()).isEqualTo(400);
		assertThat(json(password)).containsEntry("error", "unsupported_grant_type");
		HttpResponse<String> viaGet = get("/oauth2/token");
		assertThat(viaGet.statusCode()).isEqualTo(405);
	}

	@Test
	void rotatesAndRetiresKeys() throws Exception {
		try (LocalKindeIssuer own = LocalKindeIssuer.start()) {
			String first = own.signingKey().getKeyID();
			String second = own.rotateKey().getKeyID();
			assertThat(own.publishedKeyIds()).containsExactly(first, second);
			assertThat(SignedJWT.parse(own.mint().sign()).getHeader().getKeyID()).isEqualTo(second);
			own.retireKey(first);
			assertThat(own.publishedKeyIds()).containsExactly(second);
			org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> own.retireKey(second));
		}
	}

	@Test
	void mintsAnyClaimsAndHeaders() throws Exception {
		String token = issuer.mint()
			.claim("iss", List.of("a", "b"))
			.claim("azp", null)
			.header("kid", 42)
			.header("jku", "https://evil.test/keys")
			.sign();
		String[] parts = token.split("\\.");
		Map<String, Object> header = JSONObjectUtils.parse(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
		Map<String, Object> claims = JSONObjectUtils.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
		assertThat(header).containsEntry("kid", 42L).containsEntry("jku", "https://evil.test/keys");
		assertThat(claims).containsEntry("iss", List.of("a", "b")).doesNotContainKey("azp");
	}

	@Test
	void mintsUnsignedTokens() {
		String token = issuer.mint().unsigned().sign();
		assertThat(token).endsWith(".");
		assertThat(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8))
			.contains("\"alg\":\"none\"");
	}

}
