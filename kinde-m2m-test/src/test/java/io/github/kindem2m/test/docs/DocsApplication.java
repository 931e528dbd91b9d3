package io.github.kindem2m.test.docs;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The application behind the code samples of the README and docs/: every Java sample
 * there is an excerpt of a file in this package (checked by {@link DocumentationSamplesTests}),
 * and the tests here run them.
 */
@SpringBootApplication
@EnableMethodSecurity
public class DocsApplication {

	/** An article, as the samples use it. */
	public record Article(String title) {
	}

	/** Internal statistics, as the samples use them. */
	public record Stats(int organisations) {
	}

	/** A question, as the samples use it. */
	public record Question(String question) {
	}

	/** An answer, as the samples use it. */
	public record Answer(String answer, String model) {
	}

	static List<Article> articlesOf(String orgCode) {
		return List.of(new Article(orgCode + ": welcome"));
	}

}
