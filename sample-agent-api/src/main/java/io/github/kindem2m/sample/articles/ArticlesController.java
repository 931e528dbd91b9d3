package io.github.kindem2m.sample.articles;

import java.net.URI;
import java.util.List;

import io.github.kindem2m.authorization.RequireOrg;
import io.github.kindem2m.authorization.RequireScope;
import io.github.kindem2m.token.KindeM2mToken;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The organisation's knowledge base. {@code @RequireOrg} checks the path's organisation
 * against the token; the queries then use the token's organisation, never the path's.
 */
@RestController
@RequestMapping("/api/orgs/{orgCode}/articles")
@RequireOrg
class ArticlesController {

	private final ArticleRepository articles;

	ArticlesController(ArticleRepository articles) {
		this.articles = articles;
	}

	@GetMapping
	@RequireScope("kb:read")
	public List<Article> list(@PathVariable String orgCode, @AuthenticationPrincipal KindeM2mToken caller) {
		return this.articles.findAll(org(caller));
	}

	@GetMapping("/{id}")
	@RequireScope("kb:read")
	public Article get(@PathVariable String orgCode, @PathVariable long id,
			@AuthenticationPrincipal KindeM2mToken caller) {
		// Another organisation's article is "not found" here: its existence is not revealed.
		return this.articles.findById(org(caller), id).orElseThrow(() -> notFound(id));
	}

	@PostMapping
	@RequireScope("kb:write")
	public ResponseEntity<Article> add(@PathVariable String orgCode, @Valid @RequestBody NewArticle article,
			@AuthenticationPrincipal KindeM2mToken caller) {
		Article added = this.articles.add(org(caller), article);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(added.id())
			.toUri();
		return ResponseEntity.created(location).body(added);
	}

	static String org(KindeM2mToken caller) {
		return caller.orgCode().orElseThrow();
	}

	private static ErrorResponseException notFound(long id) {
		ErrorResponseException notFound = new ErrorResponseException(HttpStatus.NOT_FOUND);
		notFound.setDetail("No article " + id + " in this organisation's knowledge base");
		return notFound;
	}

}
