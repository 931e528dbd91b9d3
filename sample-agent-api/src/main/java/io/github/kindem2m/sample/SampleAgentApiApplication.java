package io.github.kindem2m.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A per-organisation knowledge-base assistant for AI support agents. Each customer
 * organisation has its own agent (a Kinde M2M app scoped to the organisation); its token
 * carries the organisation, the agent's configuration and its feature flags.
 */
@SpringBootApplication
public class SampleAgentApiApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleAgentApiApplication.class, args);
	}

}
