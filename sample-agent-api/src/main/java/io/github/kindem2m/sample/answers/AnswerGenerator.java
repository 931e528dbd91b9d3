package io.github.kindem2m.sample.answers;

import java.util.List;

import io.github.kindem2m.sample.articles.Article;

/**
 * Answers a question from one organisation's articles. The built-in
 * {@link RetrievalAnswerGenerator} is deterministic; replace it with a bean that calls a
 * real model (see the README), passing only the caller's own articles as context.
 */
public interface AnswerGenerator {

	/**
	 * Answers a question.
	 * @param question the question
	 * @param articles the calling organisation's articles, and no one else's
	 * @param settings the calling agent's configuration
	 * @return the answer and the articles it used, best first
	 */
	Generated answer(String question, List<Article> articles, AgentSettings settings);

	/**
	 * A generated answer.
	 *
	 * @param text the answer text
	 * @param sources the articles it used
	 */
	record Generated(String text, List<Article> sources) {
	}

}
