package io.github.kindem2m.test;

import io.github.kindem2m.test.app.ArticlesApplication;
import io.github.kindem2m.test.issuer.TokenMinter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.kindem2m.test.KindeM2mMockMvc.kindeM2m;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Style 2: MockMvc with {@code kindeM2m()}, which sends a real signed token through the
 * application's own filter chain.
 */
@SpringBootTest(classes = ArticlesApplication.class)
@AutoConfigureMockMvc
@KindeM2mTest
class MockMvcStyleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePrincipalIsTheOneProductionBuilds() throws Exception {
		this.mvc
			.perform(get("/api/whoami").with(kindeM2m().clientId("acme-agent")
				.org("org_acme")
				.scopes("kb:read")
				.flag("agent-v2", true)
				.flag("tone", "formal")
				.property("model_version", "gpt-4")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.client").value("acme-agent"))
			.andExpect(jsonPath("$.org").value("org_acme"))
			.andExpect(jsonPath("$.authorities[0]").value("ROLE_AGENT_V2"))
			.andExpect(jsonPath("$.authorities[1]").value("SCOPE_kb:read"))
			.andExpect(jsonPath("$.tone").value("formal"))
			.andExpect(jsonPath("$.model").value("gpt-4"));
	}

	@Test
	void organisationsAreIsolated() throws Exception {
		this.mvc.perform(get("/api/orgs/org_acme/articles").with(kindeM2m().org("org_acme").scopes("kb:read")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value("org_acme: welcome"));
		this.mvc.perform(get("/api/orgs/org_globex/articles").with(kindeM2m().org("org_acme").scopes("kb:read")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("org_mismatch"));
	}

	@Test
	void theApplicationsValidatorsAndTheKindeRulesStillApply() throws Exception {
		this.mvc.perform(get("/api/whoami").with(kindeM2m().clientId("revoked-client")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("This client was revoked"));
		this.mvc.perform(get("/api/whoami").with(kindeM2m().token(TokenMinter::expired)))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("expired")));
	}

}
