package io.github.kindem2m.sample.answers;

import java.util.List;

import io.github.kindem2m.authorization.RequireFlag;
import io.github.kindem2m.authorization.RequireOrg;
import io.github.kindem2m.authorization.RequireScope;
import io.github.kindem2m.sample.articles.ArticleRepository;
import io.github.kindem2m.token.KindeM2mToken;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers questions from the calling organisation's own articles, with the configuration
 * its token carries. Version 2, behind the {@code agent-v2} flag, adds citations.
 */
@RestController
@RequireOrg
@RequireScope("kb:read")
class AnswersController {

	private final ArticleRepository articles;

	private final AnswerGenerator generator;

	AnswersController(ArticleRepository articles, AnswerGenerator generator) {
		this.articles = articles;
		this.generator = generator;
	}

	@PostMapping("/api/orgs/{orgCode}/answers")
	public Answer answer(@PathVariable String orgCode, @Valid @RequestBody Question question,
			@AuthenticationPrincipal KindeM2mToken caller) {
		AgentSettings settings = AgentSettings.from(caller.properties());
		AnswerGenerator.Generated generated = generate(question, caller, settings);
		return new Answer(generated.text(), settings, null);
	}

	@PostMapping("/api/orgs/{orgCode}/agent/v2/answers")
	@RequireFlag("agent-v2")
	public Answer answerWithCitations(@PathVariable String orgCode, @Valid @RequestBody Question question,
			@AuthenticationPrincipal KindeM2mToken caller) {
		AgentSettings settings = AgentSettings.from(caller.properties());
		AnswerGenerator.Generated generated = generate(question, caller, settings);
		List<Answer.Citation> citations = generated.sources()
			.stream()
			.map((article) -> new Answer.Citation(article.id(), article.title()))
			.toList();
		return new Answer(generated.text(), settings, citations);
	}

	private AnswerGenerator.Generated generate(Question question, KindeM2mToken caller, AgentSettings settings) {
		String org = caller.orgCode().orElseThrow();
		return this.generator.answer(question.question(), this.articles.findAll(org), settings);
	}

}
