package io.github.kindem2m.test.docs;

import java.util.List;

import io.github.kindem2m.authorization.RequireFlag;
import io.github.kindem2m.authorization.RequireOrg;
import io.github.kindem2m.authorization.RequireScope;
import io.github.kindem2m.test.docs.DocsApplication.Article;
import io.github.kindem2m.test.docs.DocsApplication.Stats;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

// docs/authorization.md
@RestController
class AuthorizationExamples {

	@RequireOrg                                   // org_code must equal the orgCode argument
	@RequireScope("kb:read")
	@GetMapping("/api/orgs/{orgCode}/articles/recent")
	List<Article> recent(@PathVariable String orgCode) {
		return DocsApplication.articlesOf(orgCode);
	}

	@RequireOrg(param = "tenant")                 // another parameter name
	public List<Article> list(String tenant) {
		return DocsApplication.articlesOf(tenant);
	}

	@RequireOrg(anyOf = "org_internal")           // a fixed set, for internal endpoints
	@GetMapping("/internal/stats")
	Stats stats() {
		return new Stats(2);
	}

	@RequireFlag("agent-v2")                                  // boolean flag, must be true
	@RequireFlag(value = "tone", havingValue = "formal")      // string flag with this value
	@RequireFlag(value = "max-citations", havingValue = "3")  // integer flag with this value
	@GetMapping("/docs/flags")
	String flags() {
		return "flags hold";
	}

	@RequireScope({"kb:read", "kb:write"})   // both must be granted
	@PostMapping("/docs/articles")
	String write() {
		return "written";
	}

	@PreAuthorize("@kinde.flag('beta-tools') and @kinde.scope('kb:read')")
	@GetMapping("/docs/tools")
	String tools() {
		return "tools";
	}

	@PreAuthorize("@kinde.org(#orgCode) or hasAuthority('SCOPE_admin')")
	@GetMapping("/docs/orgs/{org}/report")
	String report(@PathVariable("org") String orgCode) {
		return "report";
	}

	@PreAuthorize("@kinde.flag('tone', 'formal') and @kinde.orgAnyOf('org_internal', 'org_ops')")
	@GetMapping("/docs/formal")
	String formal() {
		return "formal";
	}

}
