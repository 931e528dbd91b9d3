package io.github.kindem2m.sample.answers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.kindem2m.sample.articles.Article;

import org.springframework.stereotype.Component;

/**
 * Deterministic retrieval: picks the articles sharing the most words with the question
 * and answers with the best one's text, cut to {@code max_tokens} words.
 */
@Component
class RetrievalAnswerGenerator implements AnswerGenerator {

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "how", "do", "i", "is", "to", "of",
			"what", "my", "can", "are", "in", "for", "on", "with", "does");

	@Override
	public Generated answer(String question, List<Article> articles, AgentSettings settings) {
		Set<String> asked = words(question);
		List<Article> ranked = articles.stream()
			.filter((article) -> score(asked, article) > 0)
			.sorted(Comparator.comparingLong((Article article) -> score(asked, article)).reversed()
				.thenComparingLong(Article::id))
			.limit(3)
			.toList();
		if (ranked.isEmpty()) {
			return new Generated("No article in this knowledge base answers that question.", List.of());
		}
		String[] words = ranked.get(0).body().split("\\s+");
		String text = String.join(" ", Arrays.copyOf(words, Math.min(words.length, settings.maxTokens())));
		return new Generated(text, ranked);
	}

	private static long score(Set<String> asked, Article article) {
		Set<String> known = words(article.title() + " " + article.body());
		return asked.stream().filter(known::contains).count();
	}

	private static Set<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> word.length() > 1 && !STOP_WORDS.contains(word))
			.collect(Collectors.toSet());
	}

}
