package io.github.kindem2m.authorization;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;

import io.github.kindem2m.support.Http;
import io.github.kindem2m.support.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each metric, and the health component, in a running application with the real decoder.
 */
@SpringBootTest(classes = AuthorizationTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoint.health.show-details=always",
				"management.endpoint.health.show-components=always" })
class ObservabilityHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void kindeProperties(DynamicPropertyRegistry registry) {
		registry.add("kinde.m2m.domain", AuthorizationHttpTests.kinde::domain);
		registry.add("kinde.m2m.audience", () -> TestTokens.AUDIENCE);
	}

	private double count(String name, String... tags) {
		var search = this.meters.find(name).tags(tags);
		return (search.counter() != null) ? search.counter().count()
				: (search.functionCounter() != null) ? search.functionCounter().count() : 0;
	}

	@Test
	void tokensAuthorizationKeysAndCacheAreMeasured() {
		double accepted = count("kinde.m2m.tokens", "outcome", "accepted");
		double expired = count("kinde.m2m.tokens", "outcome", "refused", "reason", "expired");
		double audience = count("kinde.m2m.tokens", "outcome", "refused", "reason", "wrong_audience");
		double mismatch = count("kinde.m2m.authorization.refusals", "reason", "org_mismatch");
		double hits = count("kinde.m2m.token.cache.requests", "result", "hit");
		String token = AuthorizationHttpTests.acme("kb:read");
		assertThat(Http.get(this.port, "/api/orgs/org_acme/articles", token).statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/api/orgs/org_acme/articles", token).statusCode()).isEqualTo(200);
		assertThat(Http.get(this.port, "/api/orgs/org_globex/articles", token).statusCode()).isEqualTo(403);
		String old = TestTokens.sign(TestTokens.claims(AuthorizationHttpTests.kinde.domain())
			.issueTime(Date.from(Instant.now().minusSeconds(7200)))
			.expirationTime(Date.from(Instant.now().minusSeconds(3600)))
			.build());
		assertThat(Http.get(this.port, "/api/orgs/org_acme/articles", old).statusCode()).isEqualTo(401);
		String foreign = TestTokens.sign(TestTokens.claims(AuthorizationHttpTests.kinde.domain()).audience("other").build());
		assertThat(Http.get(this.port, "/api/orgs/org_acme/articles", foreign).statusCode()).isEqualTo(401);

		assertThat(count("kinde.m2m.tokens", "outcome", "accepted")).isEqualTo(accepted + 3);
		assertThat(count("kinde.m2m.tokens", "outcome", "refused", "reason", "expired")).isEqualTo(expired + 1);
		assertThat(count("kinde.m2m.tokens", "outcome", "refused", "reason", "wrong_audience")).isEqualTo(audience + 1);
		assertThat(count("kinde.m2m.authorization.refusals", "reason", "org_mismatch")).isEqualTo(mismatch + 1);
		assertThat(count("kinde.m2m.token.cache.requests", "result", "hit")).isGreaterThanOrEqualTo(hits + 2);
		assertThat(this.meters.find("kinde.m2m.jwks.fetches").tags("outcome", "success").timer()).isNotNull()
			.satisfies((timer) -> assertThat(timer.count()).isPositive());
		assertThat(this.meters.find("kinde.m2m.jwks.keys").gauge().value()).isEqualTo(1.0);
		assertThat(this.meters.find("kinde.m2m.token.cache.size").gauge().value()).isPositive();
		assertThat(this.meters.getMeters()).filteredOn((meter) -> meter.getId().getName().startsWith("kinde."))
			.isNotEmpty()
			.allSatisfy((meter) -> assertThat(meter.getId().getTags())
			.noneMatch((tag) -> tag.getKey().equals("client_id") || tag.getValue().equals("org_acme")
					|| tag.getValue().equals("org_globex") || tag.getValue().equals(TestTokens.CLIENT_ID)));
	}

	@Test
	void theHealthEndpointShowsTheKeySet() {
		Http.get(this.port, "/api/orgs/org_acme/articles", AuthorizationHttpTests.acme("kb:read"));
		HttpResponse<String> health = Http.get(this.port, "/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"kindeJwks\":{").contains("\"servingStaleKeys\":false").contains("\"keys\":1");
	}

}
