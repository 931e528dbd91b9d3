package io.github.kindem2m.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.kindem2m.support.JwksServer;
import io.github.kindem2m.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter in a running application, over real HTTP, with real tokens and a key set
 * served over HTTP.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ResourceServerHttpTests {

	private static final JwksServer kinde = new JwksServer(TestTokens.KEY);

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void kindeProperties(DynamicPropertyRegistry registry) {
		registry.add("kinde.m2m.domain", kinde::domain);
		registry.add("kinde.m2m.audience", () -> TestTokens.AUDIENCE);
	}

	@AfterAll
	static void stop() {
		kinde.close();
	}

	private static JWTClaimsSet.Builder claims() {
		return TestTokens.claims(kinde.domain());
	}

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> getWithToken(String token) throws Exception {
		return get("/whoami", "Authorization", "Bearer " + token);
	}

	private static void assertInvalidToken(HttpResponse<String> response, String description, String token) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying((header) -> {
			assertThat(header).startsWith("Bearer error=\"invalid_token\"");
			assertThat(header).contains("error_description=\"").contains(description);
		});
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":401").contains(description).doesNotContain(token);
	}

	@Test
	void aValidTokenBecomesATypedPrincipal() throws Exception {
		HttpResponse<String> response = getWithToken(TestTokens.sign(claims().build()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"clientId\":\"" + TestTokens.CLIENT_ID
				+ "\",\"orgCode\":\"org_acme\",\"scopes\":[\"kb:read\",\"kb:write\"],\"agentV2\":true,\"modelVersion\":\"gpt-4\"}");
	}

	@Test
	void aPlainTokenParameterIsResolved() throws Exception {
		HttpResponse<String> response = get("/plain", "Authorization", "Bearer " + TestTokens.sign(claims().build()));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(TestTokens.CLIENT_ID + "@org_acme");
	}

	@Test
	void noCredentialsIsA401WithABareChallenge() throws Exception {
		HttpResponse<String> response = get("/whoami");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"detail\":\"A Kinde M2M bearer token is required\"");
	}

	@Test
	void theSchemeIsCaseInsensitive() throws Exception {
		String token = TestTokens.sign(claims().build());
		assertThat(get("/whoami", "Authorization", "bearer " + token).statusCode()).isEqualTo(200);
		assertThat(get("/whoami", "Authorization", "BEARER " + token).statusCode()).isEqualTo(200);
	}

	@Test
	void otherSchemesAreNoCredentials() throws Exception {
		HttpResponse<String> response = get("/whoami", "Authorization", "Basic dXNlcjpwYXNz");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
	}

	@Test
	void twoAuthorizationHeadersAreAnInvalidRequest() throws Exception {
		String token = TestTokens.sign(claims().build());
		HttpResponse<String> response = get("/whoami", "Authorization", "Bearer " + token, "Authorization",
				"Bearer " + token);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(header) -> assertThat(header).startsWith("Bearer error=\"invalid_request\""));
		assertThat(response.body()).contains("exactly one Authorization header").doesNotContain(token);
	}

	@Test
	void aHeaderPlusAnAccessTokenParameterIsAnInvalidRequest() throws Exception {
		String token = TestTokens.sign(claims().build());
		HttpResponse<String> response = get("/whoami?access_token=" + token, "Authorization", "Bearer " + token);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("invalid_request").doesNotContain(token);
	}

	@Test
	void aTokenOnlyInTheQueryStringIsNotAccepted() throws Exception {
		HttpResponse<String> response = get("/whoami?access_token=" + TestTokens.sign(claims().build()));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
	}

	@Test
	void anExpiredTokenIsA401SayingSo() throws Exception {
		String token = TestTokens.sign(claims().issueTime(Date.from(Instant.now().minusSeconds(7200)))
			.expirationTime(Date.from(Instant.now().minusSeconds(3600)))
			.build());
		assertInvalidToken(getWithToken(token), "expired", token);
	}

	@Test
	void aForeignAudienceIsA401SayingSo() throws Exception {
		String token = TestTokens.sign(claims().audience("https://other.example.test").build());
		assertInvalidToken(getWithToken(token), "The aud claim is not valid", token);
	}

	@Test
	void aTamperedTokenIsA401SayingSo() throws Exception {
		String token = TestTokens.sign(claims().build());
		String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
		assertInvalidToken(getWithToken(tampered), "The token signature is invalid", tampered);
	}

	@Test
	void aMalformedBearerValueIsA401() throws Exception {
		HttpResponse<String> response = get("/whoami", "Authorization", "Bearer not a token");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(header) -> assertThat(header).startsWith("Bearer error=\"invalid_token\""));
	}

	@Test
	void anUnknownKeyIsA401NotAServerError() throws Exception {
		String token = TestTokens.sign(TestTokens.generate("unknown-kid"), claims().build());
		assertInvalidToken(getWithToken(token), "No signing key", token);
	}

	@Test
	void theApplicationsOwnValidatorsAreAddedToTheKindeRules() throws Exception {
		String revoked = TestTokens.sign(claims().jwtID("blocked").build());
		assertInvalidToken(getWithToken(revoked), "This token was revoked", revoked);
		assertThat(getWithToken(TestTokens.sign(claims().build())).statusCode()).isEqualTo(200);
		String foreign = TestTokens.sign(claims().jwtID("fine").issuer("https://evil.kinde.com").build());
		assertInvalidToken(getWithToken(foreign), "The iss claim is not valid", foreign);
	}

	@Test
	void noSessionIsEverCreated() throws Exception {
		assertThat(getWithToken(TestTokens.sign(claims().build())).headers().allValues("Set-Cookie")).isEmpty();
		assertThat(get("/whoami").headers().allValues("Set-Cookie")).isEmpty();
		assertThat(getWithToken("bad.token.value").headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void theHealthEndpointIsPublic() throws Exception {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void everythingElseNeedsAToken() throws Exception {
		assertThat(get("/actuator/info").statusCode()).isEqualTo(401);
		assertThat(get("/no-such-page").statusCode()).isEqualTo(401);
	}

}
