package io.github.kindem2m.authorization;

import java.net.http.HttpResponse;

import io.github.kindem2m.support.Http;
import io.github.kindem2m.support.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code kinde.m2m.org-isolation.enabled=false} only the annotations guard
 * organisations.
 */
@SpringBootTest(classes = AuthorizationTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "kinde.m2m.org-isolation.enabled=false")
class OrgIsolationDisabledHttpTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void kindeProperties(DynamicPropertyRegistry registry) {
		registry.add("kinde.m2m.domain", AuthorizationHttpTests.kinde::domain);
		registry.add("kinde.m2m.audience", () -> TestTokens.AUDIENCE);
	}

	@Test
	void unannotatedRoutesAreNoLongerIsolated() {
		HttpResponse<String> other = Http.get(this.port, "/api/orgs/org_globex/unannotated",
				AuthorizationHttpTests.acme(""));
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).isEqualTo("unannotated org_globex");
	}

	@Test
	void annotationsStillIsolate() {
		AuthorizationHttpTests.assertRefused(
				Http.get(this.port, "/api/orgs/org_globex/articles", AuthorizationHttpTests.acme("kb:read")),
				"org_mismatch");
	}

}
