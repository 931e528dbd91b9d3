package io.github.kindem2m.test.docs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.kindem2m.test.KindeM2mTest;
import io.github.kindem2m.test.issuer.LocalClient;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

// docs/testing.md, style 1
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@KindeM2mTest
class HttpStyleTests {

	@Autowired
	LocalKindeIssuer issuer;

	@LocalServerPort
	int port;

	@Test
	void aClientCredentialsTokenReachesTheApi() throws Exception {
		this.issuer.register(LocalClient.builder("acme-agent")
			.secret("acme-demo-secret")
			.org("org_acme")
			.audiences(LocalKindeIssuer.DEFAULT_AUDIENCE)
			.scopes("kb:read")
			.flag("agent-v2", true)
			.property("model_version", "gpt-4")
			.build());
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(this.issuer.tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=acme-agent"
					+ "&client_secret=acme-demo-secret&audience=" + LocalKindeIssuer.DEFAULT_AUDIENCE))
			.build(), HttpResponse.BodyHandlers.ofString());
		String accessToken = (String) JSONObjectUtils.parse(token.body()).get("access_token");
		HttpResponse<String> articles = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/orgs/org_acme/articles"))
			.header("Authorization", "Bearer " + accessToken)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(articles.statusCode()).isEqualTo(200);
		assertThat(articles.body()).contains("org_acme: welcome");
	}
}
