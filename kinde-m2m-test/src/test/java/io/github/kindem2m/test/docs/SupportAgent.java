package io.github.kindem2m.test.docs;

import java.util.Map;

import io.github.kindem2m.client.KindeM2mTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

// docs/agent-client.md (profile: only DocsSamplesTests configures the agent's registrations)
@Service
@Profile("docs")
class SupportAgent {

	private final KindeM2mTokens tokens;

	private final String baseUrl;

	SupportAgent(KindeM2mTokens tokens, @Value("${docs.api:https://kb-api.your-business.example}") String baseUrl) {
		this.tokens = tokens;
		this.baseUrl = baseUrl;
	}

	String answer(String customer, String orgCode, String question) {
		RestClient api = RestClient.builder()
			.baseUrl(this.baseUrl)
			.requestInterceptor(this.tokens.interceptor(customer))   // the customer's own token
			.build();
		return api.post().uri("/api/orgs/{orgCode}/agent/v2/answers", orgCode)
			.body(Map.of("question", question)).retrieve().body(String.class);
	}

}
