package io.github.kindem2m.authorization;

import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.kindem2m.support.Http;
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
 * Each annotation allowed and refused over real HTTP with real signed tokens, on
 * controllers and on a service, at class and method level, with {@code @PreAuthorize}.
 */
@SpringBootTest(classes = AuthorizationTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorizationHttpTests {

	static final JwksServer kinde = new JwksServer(TestTokens.KEY);

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

	static String token(String org, String scope, Map<String, Object> flags) {
		JWTClaimsSet.Builder claims = TestTokens.claims(kinde.domain()).claim("org_code", org).claim("scope", scope)
			.claim("feature_flags", flags);
		return TestTokens.sign(claims.build());
	}

	static String acme(String scope) {
		return token("org_acme", scope, Map.of());
	}

	private HttpResponse<String> get(String path, String token) {
		return Http.get(this.port, path, token);
	}

	static void assertRefused(HttpResponse<String> response, String reason) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"reason\":\"" + reason + "\"").contains("\"status\":403");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((header) -> assertThat(header).startsWith("Bearer error=\"insufficient_scope\""));
	}

	@Test
	void requireOrgAllowsTheTokensOwnOrganisation() {
		HttpResponse<String> response = get("/api/orgs/org_acme/articles", acme("kb:read"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("[\"org_acme-article\"]");
	}

	@Test
	void requireOrgRefusesAnotherOrganisationWithoutNamingIt() {
		HttpResponse<String> response = get("/api/orgs/org_globex/articles", acme("kb:read"));
		assertRefused(response, "org_mismatch");
		assertThat(response.body()).doesNotContain("org_acme");
	}

	@Test
	void requireOrgIsCaseSensitive() {
		assertRefused(get("/api/orgs/ORG_ACME/articles", acme("kb:read")), "org_mismatch");
	}

	@Test
	void requireOrgRefusesATokenWithoutOrganisation() {
		String noOrg = TestTokens.sign(TestTokens.claims(kinde.domain()).claim("org_code", null).build());
		assertRefused(get("/api/orgs/org_acme/articles", noOrg), "org_missing");
	}

	@Test
	void requireScopeNeedsEveryScopeAndNamesThemInTheChallenge() {
		assertThat(Http.post(this.port, "/api/orgs/org_acme/articles", acme("kb:read kb:write"), "{}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> response = Http.post(this.port, "/api/orgs/org_acme/articles", acme("kb:read"), "{}");
		assertRefused(response, "insufficient_scope");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((header) -> assertThat(header).endsWith("scope=\"kb:read kb:write\""));
		assertRefused(get("/api/orgs/org_acme/articles", acme("")), "insufficient_scope");
	}

	@Test
	void requireFlagNeedsATrueBooleanFlag() {
		String on = token("org_acme", "", Map.of("agent-v2", Map.of("t", "b", "v", true)));
		assertThat(get("/api/orgs/org_acme/agent/v2", on).statusCode()).isEqualTo(200);
		for (Map<String, Object> flags : java.util.List.<Map<String, Object>>of(Map.of(),
				Map.of("agent-v2", Map.of("t", "b", "v", false)), Map.of("agent-v2", Map.of("t", "b", "v", "true")),
				Map.of("agent-v2", Map.of("t", "s", "v", "true")))) {
			assertRefused(get("/api/orgs/org_acme/agent/v2", token("org_acme", "", flags)), "flag_disabled");
		}
	}

	@Test
	void repeatedFlagsWithValuesMustAllHold() {
		Map<String, Object> formal = Map.of("t", "s", "v", "formal");
		Map<String, Object> three = Map.of("t", "i", "v", 3);
		assertThat(get("/api/orgs/org_acme/tone", token("org_acme", "", Map.of("tone", formal, "max-citations", three)))
			.statusCode()).isEqualTo(200);
		assertRefused(get("/api/orgs/org_acme/tone", token("org_acme", "", Map.of("tone", formal))), "flag_disabled");
		assertRefused(get("/api/orgs/org_acme/tone",
				token("org_acme", "", Map.of("tone", Map.of("t", "s", "v", "casual"), "max-citations", three))),
				"flag_disabled");
		assertRefused(get("/api/orgs/org_acme/tone",
				token("org_acme", "", Map.of("tone", formal, "max-citations", Map.of("t", "s", "v", "3.0")))),
				"flag_disabled");
	}

	@Test
	void classLevelAnnotationsCombineWithMethodLevelOnes() {
		String admin = token("org_acme", "admin", Map.of());
		assertThat(get("/admin/report", admin).statusCode()).isEqualTo(200);
		assertRefused(get("/admin/report", acme("kb:read")), "insufficient_scope");
		assertRefused(get("/admin/agent", admin), "flag_disabled");
		String adminWithFlag = token("org_acme", "admin", Map.of("agent-v2", Map.of("t", "b", "v", true)));
		assertThat(get("/admin/agent", adminWithFlag).statusCode()).isEqualTo(200);
		assertRefused(get("/admin/agent", token("org_acme", "", Map.of("agent-v2", Map.of("t", "b", "v", true)))),
				"insufficient_scope");
	}

	@Test
	void anyOfAcceptsOnlyTheListedOrganisations() {
		assertThat(get("/admin/internal", token("org_internal", "admin", Map.of())).statusCode()).isEqualTo(200);
		assertRefused(get("/admin/internal", token("org_acme", "admin", Map.of())), "org_mismatch");
	}

	@Test
	void composesWithPreAuthorizeAndTheKindeSpelFunctions() {
		String beta = token("org_acme", "kb:read", Map.of("beta-tools", Map.of("t", "b", "v", true)));
		assertThat(get("/api/orgs/org_acme/tools", beta).statusCode()).isEqualTo(200);
		assertRefused(get("/api/orgs/org_globex/tools", beta), "org_mismatch");
		HttpResponse<String> noFlag = get("/api/orgs/org_acme/tools", acme("kb:read"));
		assertRefused(noFlag, "access_denied");
	}

	@Test
	void serviceBeansAreGuardedToo() {
		HttpResponse<String> own = get("/service/org_acme", acme("kb:read"));
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("org_acme-secret");
		HttpResponse<String> other = get("/service/org_globex", acme("kb:read"));
		assertRefused(other, "org_mismatch");
		assertThat(other.body()).doesNotContain("secret");
		assertRefused(get("/service/org_acme", acme("")), "insufficient_scope");
	}

	@Test
	void thePathVariableIsolatesOrganisationsWithNoAnnotation() {
		assertThat(get("/api/orgs/org_acme/unannotated", acme("")).body()).isEqualTo("unannotated org_acme");
		HttpResponse<String> other = get("/api/orgs/org_globex/unannotated", acme(""));
		assertRefused(other, "org_mismatch");
		assertThat(other.body()).doesNotContain("unannotated org_globex");
		String noOrg = TestTokens.sign(TestTokens.claims(kinde.domain()).claim("org_code", null).build());
		assertRefused(get("/api/orgs/org_acme/unannotated", noOrg), "org_missing");
	}

	@Test
	void refusalsNeedATokenFirst() {
		assertThat(get("/api/orgs/org_acme/articles", null).statusCode()).isEqualTo(401);
	}

}
