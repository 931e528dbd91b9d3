package io.github.kindem2m.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.kindem2m.test.app.ArticlesApplication;
import io.github.kindem2m.test.issuer.LocalClient;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Style 1: a real client-credentials token from the local issuer, sent over real HTTP.
 */
@SpringBootTest(classes = ArticlesApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@KindeM2mTest
class HttpStyleTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	LocalKindeIssuer issuer;

	@Autowired
	Environment environment;

	private String clientCredentialsToken(String clientId, String secret) throws Exception {
		String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret
				+ "&audience=" + this.issuer.defaultAudience();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.issuer.tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return (String) JSONObjectUtils.parse(response.body()).get("access_token");
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theExtensionPointsTheApplicationAtItsIssuer(LocalKindeIssuer parameter) {
		assertThat(parameter).isSameAs(this.issuer);
		assertThat(this.environment.getProperty("kinde.m2m.domain")).isEqualTo(this.issuer.domain());
		assertThat(this.environment.getProperty("kinde.m2m.audience")).isEqualTo(LocalKindeIssuer.DEFAULT_AUDIENCE);
	}

	@Test
	void aClientCredentialsTokenReachesTheApiThroughTheApplicationsConverter() throws Exception {
		this.issuer.register(LocalClient.builder("acme-agent")
			.secret("acme-demo-secret")
			.org("org_acme")
			.audiences(LocalKindeIssuer.DEFAULT_AUDIENCE)
			.scopes("kb:read")
			.flag("agent-v2", true)
			.flag("tone", "formal")
			.property("model_version", "gpt-4")
			.build());
		String token = clientCredentialsToken("acme-agent", "acme-demo-secret");
		HttpResponse<String> whoami = get("/api/whoami", token);
		assertThat(whoami.statusCode()).isEqualTo(200);
		assertThat(JSONObjectUtils.parse(whoami.body())).isEqualTo(Map.of("client", "acme-agent", "org", "org_acme",
				"authorities", java.util.List.of("ROLE_AGENT_V2", "SCOPE_kb:read"), "tone", "formal", "model", "gpt-4"));
		assertThat(get("/api/orgs/org_acme/articles", token).body()).isEqualTo("[\"org_acme: welcome\"]");
		assertThat(get("/api/orgs/org_globex/articles", token).statusCode()).isEqualTo(403);
	}

}
