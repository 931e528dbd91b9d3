package io.github.kindem2m.test.issuer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalClientsTests {

	private static List<LocalClient> load(String document) throws Exception {
		return LocalClients.load(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsYaml() throws Exception {
		List<LocalClient> clients = load("""
				clients:
				  - client-id: acme-agent
				    client-secret: demo
				    org-code: org_acme
				    audiences: [https://api.local.test]
				    scopes: [kb:read, kb:write]
				    properties: {model_version: gpt-4}
				    flags: {agent-v2: true, tone: formal, max-citations: 3}
				    token-lifetime-seconds: 3600
				""");
		assertThat(clients).singleElement().satisfies((client) -> {
			assertThat(client.clientId()).isEqualTo("acme-agent");
			assertThat(client.orgCode()).isEqualTo("org_acme");
			assertThat(client.scopes()).containsExactly("kb:read", "kb:write");
			assertThat(client.flags()).isEqualTo(Map.of("agent-v2", true, "tone", "formal", "max-citations", 3));
			assertThat(client.tokenLifetime()).hasSeconds(3600);
		});
	}

	@Test
	void readsJson() throws Exception {
		List<LocalClient> clients = load("{\"clients\": [{\"client-id\": \"globex-agent\", \"scopes\": [\"kb:read\"]}]}");
		assertThat(clients).singleElement().satisfies((client) -> assertThat(client.scopes()).containsExactly("kb:read"));
	}

	@Test
	void refusesUnknownKeysNamingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("clients:\n  - client-id: a\n    org: org_acme\n"))
			.withMessageContaining("'org'");
		assertThatIllegalArgumentException().isThrownBy(() -> load("agents: []")).withMessageContaining("clients");
	}

}
