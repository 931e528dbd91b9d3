package io.github.kindem2m.sample.agent;

import java.util.Map;
import java.util.TreeSet;

import io.github.kindem2m.client.KindeM2mTokens;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A shared support agent that works for several customers (profile {@code demo-agent}):
 * for each organisation it holds credentials of that organisation's Kinde M2M
 * application, fetches a token per organisation, and asks the API a question with it. The
 * API sees a different organisation each time and answers from that organisation's
 * articles only.
 */
@Component
@Profile("demo-agent")
class DemoAgent implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoAgent.class);

	static final String QUESTION = "How do I reset my password?";

	private final KindeM2mTokens tokens;

	private final Environment environment;

	DemoAgent(KindeM2mTokens tokens, Environment environment) {
		this.tokens = tokens;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		String api = "http://localhost:" + this.environment.getRequiredProperty("local.server.port");
		for (String registration : new TreeSet<>(this.tokens.registrations())) {
			String org = this.tokens.accessToken(registration).organisation().orElseThrow();
			RestClient client = RestClient.builder()
				.baseUrl(api)
				.requestInterceptor(this.tokens.interceptor(registration))
				.build();
			String answer = client.post()
				.uri("/api/orgs/{orgCode}/answers", org)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("question", QUESTION))
				.retrieve()
				.body(String.class);
			logger.info("demo agent [" + registration + " -> " + org + "] " + QUESTION + " => " + answer);
		}
	}

}
