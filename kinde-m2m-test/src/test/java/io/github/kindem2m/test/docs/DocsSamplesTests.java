package io.github.kindem2m.test.docs;

import java.io.IOException;
import java.net.ServerSocket;

import io.github.kindem2m.test.KindeM2mTest;
import io.github.kindem2m.test.issuer.LocalClient;
import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static io.github.kindem2m.test.KindeM2mMockMvc.kindeM2m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Runs the samples of the README, getting started, authorization and agent client pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
		properties = { "kinde.m2m.client.registrations.acme.client-id=acme-agent",
				"kinde.m2m.client.registrations.acme.client-secret=acme-demo-secret",
				"kinde.m2m.client.registrations.acme.audience=" + LocalKindeIssuer.DEFAULT_AUDIENCE,
				"kinde.m2m.client.registrations.acme.org-code=org_acme", "docs.api=http://localhost:${server.port}" })
@ActiveProfiles("docs")
@AutoConfigureMockMvc
@KindeM2mTest
class DocsSamplesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SupportAgent agent;

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			int port = socket.getLocalPort();
			registry.add("server.port", () -> port);
		}
	}

	@Test
	void gettingStartedWhoAmI() throws Exception {
		this.mvc
			.perform(get("/whoami").with(kindeM2m().clientId("acme-agent")
				.org("org_acme")
				.scopes("kb:read")
				.flag("agent-v2", true)
				.property("model_version", "gpt-4")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clientId").value("acme-agent"))
			.andExpect(jsonPath("$.org").value("org_acme"))
			.andExpect(jsonPath("$.agentV2").value(true))
			.andExpect(jsonPath("$.model").value("gpt-4"));
	}

	@Test
	void gettingStartedOwnChainLeavesPublicPathsOpen() throws Exception {
		this.mvc.perform(get("/public/status")).andExpect(status().isNotFound());
		this.mvc.perform(get("/whoami")).andExpect(status().isUnauthorized());
	}

	@Test
	void readmeArticlesController() throws Exception {
		this.mvc.perform(get("/api/orgs/org_acme/articles").with(kindeM2m().org("org_acme").scopes("kb:read")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value("org_acme: welcome"));
		this.mvc.perform(get("/api/orgs/org_globex/articles").with(kindeM2m().org("org_acme").scopes("kb:read")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/orgs/org_acme/agent/v2/answers").contentType("application/json")
				.content("{\"question\":\"Refunds?\"}")
				.with(kindeM2m().org("org_acme").flag("agent-v2", true).property("model_version", "gpt-4")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.model").value("gpt-4"));
		this.mvc
			.perform(post("/api/orgs/org_acme/agent/v2/answers").contentType("application/json")
				.content("{\"question\":\"Refunds?\"}")
				.with(kindeM2m().org("org_acme")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("flag_disabled"));
	}

	@Test
	void authorizationAnnotations() throws Exception {
		this.mvc.perform(get("/api/orgs/org_acme/articles/recent").with(kindeM2m().org("org_acme").scopes("kb:read")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/internal/stats").with(kindeM2m().org("org_internal"))).andExpect(status().isOk());
		this.mvc.perform(get("/internal/stats").with(kindeM2m().org("org_acme")))
			.andExpect(jsonPath("$.reason").value("org_mismatch"));
		this.mvc
			.perform(get("/docs/flags")
				.with(kindeM2m().flag("agent-v2", true).flag("tone", "formal").flag("max-citations", 3)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/docs/flags").with(kindeM2m().flag("agent-v2", true).flag("tone", "formal")))
			.andExpect(jsonPath("$.reason").value("flag_disabled"));
		this.mvc.perform(post("/docs/articles").with(kindeM2m().scopes("kb:read", "kb:write"))).andExpect(status().isOk());
		this.mvc.perform(post("/docs/articles").with(kindeM2m().scopes("kb:read")))
			.andExpect(jsonPath("$.reason").value("insufficient_scope"));
	}

	@Test
	void spelFunctions() throws Exception {
		this.mvc.perform(get("/docs/tools").with(kindeM2m().scopes("kb:read").flag("beta-tools", true)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/docs/tools").with(kindeM2m().scopes("kb:read"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/docs/orgs/org_acme/report").with(kindeM2m().org("org_acme"))).andExpect(status().isOk());
		this.mvc.perform(get("/docs/orgs/org_globex/report").with(kindeM2m().org("org_acme").scopes("admin")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/docs/orgs/org_globex/report").with(kindeM2m().org("org_acme")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("access_denied"));
		this.mvc.perform(get("/docs/formal").with(kindeM2m().org("org_ops").flag("tone", "formal")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/docs/formal").with(kindeM2m().org("org_acme").flag("tone", "formal")))
			.andExpect(status().isForbidden());
	}

	@Test
	void agentClientSupportAgent(LocalKindeIssuer issuer) {
		issuer.register(LocalClient.builder("acme-agent")
			.secret("acme-demo-secret")
			.org("org_acme")
			.audiences(LocalKindeIssuer.DEFAULT_AUDIENCE)
			.flag("agent-v2", true)
			.property("model_version", "gpt-4")
			.build());
		assertThat(this.agent.answer("acme", "org_acme", "Hello?")).contains("You asked: Hello?").contains("gpt-4");
	}

}
