package io.github.kindem2m.test.docs;

import java.util.List;

import io.github.kindem2m.authorization.RequireFlag;
import io.github.kindem2m.authorization.RequireOrg;
import io.github.kindem2m.authorization.RequireScope;
import io.github.kindem2m.test.docs.DocsApplication.Answer;
import io.github.kindem2m.test.docs.DocsApplication.Article;
import io.github.kindem2m.test.docs.DocsApplication.Question;
import io.github.kindem2m.token.KindeM2mToken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

// README.md: thirty-second usage
@RestController
@RequireOrg                                   // the token's org_code must equal {orgCode}
class ArticlesController {

	private final ArticleRepository articles;

	ArticlesController(ArticleRepository articles) {
		this.articles = articles;
	}

	@GetMapping("/api/orgs/{orgCode}/articles")
	@RequireScope("kb:read")
	List<Article> list(@PathVariable String orgCode, @AuthenticationPrincipal KindeM2mToken caller) {
		return articles.findAll(caller.orgCode().orElseThrow());   // the organisation comes from the token
	}

	@PostMapping("/api/orgs/{orgCode}/agent/v2/answers")
	@RequireFlag("agent-v2")
	Answer answer(@PathVariable String orgCode, @RequestBody Question question, @AuthenticationPrincipal KindeM2mToken caller) {
		String model = caller.properties().string("model_version", "default");
		return new Answer("You asked: " + question.question(), model);
	}

}
