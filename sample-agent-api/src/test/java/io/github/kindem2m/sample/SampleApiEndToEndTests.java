package io.github.kindem2m.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample in local mode, as the README runs it: the embedded issuer with the demo
 * clients, real client-credentials tokens, real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApiEndToEndTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final String AUDIENCE = "https://kb-api.local";

	@LocalServerPort
	int port;

	@Autowired
	LocalKindeIssuer issuer;

	String acme;

	String globex;

	@BeforeEach
	void fetchTokens() throws Exception {
		this.acme = clientCredentials("acme-support-agent", "acme-demo-secret");
		this.globex = clientCredentials("globex-support-agent", "globex-demo-secret");
	}

	private String clientCredentials(String clientId, String secret) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.issuer.tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
					+ "&client_secret=" + secret + "&audience=" + AUDIENCE))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return (String) JSONObjectUtils.parse(response.body()).get("access_token");
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertProblem(HttpResponse<String> response, int status, String text) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains(text);
	}

	@Test
	void eachOrganisationListsOnlyItsOwnArticles() throws Exception {
		HttpResponse<String> acme = get("/api/orgs/org_acme/articles", this.acme);
		assertThat(acme.statusCode()).isEqualTo(200);
		assertThat(acme.body()).contains("Acme refunds").doesNotContain("Globex");
		HttpResponse<String> globex = get("/api/orgs/org_globex/articles", this.globex);
		assertThat(globex.body()).contains("Globex ships").doesNotContain("Acme");
	}

	@Test
	void anotherOrganisationsPathIsRefusedWithoutNamingIt() throws Exception {
		HttpResponse<String> response = get("/api/orgs/org_acme/articles", this.globex);
		assertProblem(response, 403, "\"reason\":\"org_mismatch\"");
		assertThat(response.body()).doesNotContain("Acme refunds").doesNotContain("org_globex");
	}

	@Test
	void anotherOrganisationsArticleIdIsNotFoundThroughYourOwnPath() throws Exception {
		List<Object> acmeArticles = JSONArrayUtils.parse(get("/api/orgs/org_acme/articles", this.acme).body());
		Object acmeId = ((Map<?, ?>) acmeArticles.get(0)).get("id");
		assertThat(get("/api/orgs/org_acme/articles/" + acmeId, this.acme).statusCode()).isEqualTo(200);
		HttpResponse<String> response = get("/api/orgs/org_globex/articles/" + acmeId, this.globex);
		assertProblem(response, 404, "No article " + acmeId + " in this organisation's knowledge base");
		assertThat(response.body()).doesNotContain("Acme");
	}

	@Test
	void writingNeedsTheWriteScopeAndReturnsALocation() throws Exception {
		HttpResponse<String> created = post("/api/orgs/org_acme/articles", this.acme,
				"{\"title\":\"Two-factor login\",\"body\":\"Acme supports authenticator apps for two-factor login.\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("http://localhost:\\d+/api/orgs/org_acme/articles/\\d+");
		assertThat(get(URI.create(location).getPath(), this.acme).body()).contains("Two-factor login");
		assertThat(get("/api/orgs/org_globex/articles", this.globex).body()).doesNotContain("Two-factor");
		HttpResponse<String> refused = post("/api/orgs/org_globex/articles", this.globex,
				"{\"title\":\"x\",\"body\":\"y\"}");
		assertProblem(refused, 403, "\"reason\":\"insufficient_scope\"");
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(header) -> assertThat(header).contains("scope=\"kb:write\""));
	}

	@Test
	void badBodiesAre400NamingTheField() throws Exception {
		assertProblem(post("/api/orgs/org_acme/articles", this.acme, "{\"title\":\"\",\"body\":\"text\"}"), 400,
				"\"field\":\"title\"");
		assertProblem(post("/api/orgs/org_acme/articles", this.acme, "{\"title\":\"" + "x".repeat(201) + "\",\"body\":\"b\"}"),
				400, "title size must be between 0 and 200");
		assertProblem(post("/api/orgs/org_acme/articles", this.acme, "{not json"), 400, "Failed to read request");
		assertProblem(post("/api/orgs/org_acme/answers", this.acme, "{}"), 400, "\"field\":\"question\"");
		assertProblem(get("/api/orgs/org_acme/articles/abc", this.acme), 400, "Failed to convert 'id'");
	}

	@Test
	void oversizedBodiesAreRefusedBeforeTheyAreRead() throws Exception {
		assertProblem(post("/api/orgs/org_acme/articles", this.acme,
				"{\"title\":\"big\",\"body\":\"" + "x".repeat(20_000) + "\"}"), 413, "larger than");
	}

	@Test
	void answersComeFromTheCallersArticlesWithItsConfiguration() throws Exception {
		HttpResponse<String> acme = post("/api/orgs/org_acme/answers", this.acme, "{\"question\":\"How do refunds work?\"}");
		assertThat(acme.statusCode()).isEqualTo(200);
		Map<String, Object> answer = JSONObjectUtils.parse(acme.body());
		assertThat((String) answer.get("answer")).startsWith("Acme refunds annual plans");
		assertThat(answer.get("configuration"))
			.isEqualTo(Map.of("modelVersion", "gpt-4", "region", "eu", "language", "en", "maxTokens", 60L));
		assertThat(answer).doesNotContainKey("citations");
		HttpResponse<String> globex = post("/api/orgs/org_globex/answers", this.globex,
				"{\"question\":\"How do refunds work for annual plans?\"}");
		assertThat(globex.body()).doesNotContain("Acme").contains("\"modelVersion\":\"gpt-4o-mini\"");
		HttpResponse<String> password = post("/api/orgs/org_globex/answers", this.globex,
				"{\"question\":\"How do I reset my password?\"}");
		assertThat(password.body()).contains("Globex staff reset passwords").doesNotContain("Acme");
		// max_tokens 30 for Globex: the answer is cut to 30 words.
		assertThat(((String) JSONObjectUtils.parse(password.body()).get("answer")).split(" ")).hasSizeLessThanOrEqualTo(30);
	}

	@Test
	void agentV2AddsCitationsOnlyWithTheFlag() throws Exception {
		HttpResponse<String> acme = post("/api/orgs/org_acme/agent/v2/answers", this.acme,
				"{\"question\":\"How do I export reports?\"}");
		assertThat(acme.statusCode()).isEqualTo(200);
		assertThat(acme.body()).contains("\"citations\":[{\"articleId\":").contains("\"title\":\"Exporting reports\"");
		assertProblem(post("/api/orgs/org_globex/agent/v2/answers", this.globex, "{\"question\":\"shipping?\"}"), 403,
				"\"reason\":\"flag_disabled\"");
	}

	@Test
	void toolsNeedTheBetaToolsFlag() throws Exception {
		assertThat(get("/api/orgs/org_globex/tools", this.globex).body()).contains("search-articles");
		assertProblem(get("/api/orgs/org_acme/tools", this.acme), 403, "\"reason\":\"flag_disabled\"");
	}

	@Test
	void whoamiShowsThePrincipal() throws Exception {
		HttpResponse<String> response = get("/api/whoami", this.globex);
		assertThat(response.headers().allValues("Set-Cookie")).as("stateless: no session").isEmpty();
		Map<String, Object> whoami = JSONObjectUtils.parse(response.body());
		assertThat(whoami).containsEntry("clientId", "globex-support-agent")
			.containsEntry("orgCode", "org_globex")
			.containsEntry("scopes", List.of("kb:read"))
			.containsEntry("flags", Map.of("agent-v2", false, "beta-tools", true))
			.containsEntry("properties",
					Map.of("model_version", "gpt-4o-mini", "region", "us", "language", "de", "max_tokens", 30L));
	}

	@Test
	void missingOrInvalidTokensAre401() throws Exception {
		HttpResponse<String> none = get("/api/orgs/org_acme/articles", null);
		assertProblem(none, 401, "bearer token is required");
		assertThat(none.headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
		String forged = this.issuer.mint().org("org_acme").scopes("kb:read").signedWith(LocalKindeIssuer.generateKey()).sign();
		assertProblem(get("/api/orgs/org_acme/articles", forged), 401, "invalid_token");
		assertProblem(get("/api/whoami", this.issuer.mint().org("org_acme").expired().sign()), 401, "expired");
	}

	@Test
	void healthAndTheApiDocumentArePublic() throws Exception {
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
		HttpResponse<String> docs = get("/v3/api-docs", null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"kinde\":{\"type\":\"http\"", "\"scheme\":\"bearer\"")
			.contains("/api/orgs/{orgCode}/articles")
			.doesNotContain("\"caller\"");
		assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
	}

}
