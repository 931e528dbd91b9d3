package io.github.kindem2m.sample.answers;

import io.github.kindem2m.token.ApplicationProperties;

/**
 * How the calling organisation's agent is configured, from the application properties
 * Kinde puts in its token. Defaults apply to properties the token does not carry.
 *
 * @param modelVersion {@code model_version}
 * @param region {@code region}
 * @param language {@code language}
 * @param maxTokens {@code max_tokens}: the longest answer, in words
 */
public record AgentSettings(String modelVersion, String region, String language, int maxTokens) {

	static AgentSettings from(ApplicationProperties properties) {
		int maxTokens = properties.integer("max_tokens", 80);
		return new AgentSettings(properties.string("model_version", "retrieval-v1"), properties.string("region", "us"),
				properties.string("language", "en"), Math.max(1, Math.min(maxTokens, 500)));
	}

}
