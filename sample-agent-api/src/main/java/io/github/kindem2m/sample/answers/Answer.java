package io.github.kindem2m.sample.answers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An answer to a question, with the configuration that produced it.
 *
 * @param answer the answer text
 * @param configuration the agent settings used
 * @param citations the articles the answer came from (agent v2 only)
 */
public record Answer(String answer, AgentSettings configuration, @Nullable List<Citation> citations) {

	/**
	 * An article an answer was taken from.
	 *
	 * @param articleId the article id
	 * @param title its title
	 */
	public record Citation(long articleId, String title) {
	}

}
