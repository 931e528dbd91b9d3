package io.github.kindem2m.authorization;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API guarded with the Kinde annotations on controllers and on a service.
 */
@SpringBootApplication
@EnableMethodSecurity
class AuthorizationTestApplication {

	@RestController
	@RequestMapping("/api/orgs/{orgCode}")
	static class ArticlesController {

		@RequireOrg
		@RequireScope("kb:read")
		@GetMapping("/articles")
		List<String> list(@PathVariable String orgCode) {
			return List.of(orgCode + "-article");
		}

		@RequireOrg
		@RequireScope({ "kb:read", "kb:write" })
		@PostMapping("/articles")
		String create(@PathVariable String orgCode) {
			return "created";
		}

		@RequireOrg
		@RequireFlag("agent-v2")
		@GetMapping("/agent/v2")
		String agentV2(@PathVariable String orgCode) {
			return "v2";
		}

		@RequireFlag(value = "tone", havingValue = "formal")
		@RequireFlag(value = "max-citations", havingValue = "3")
		@GetMapping("/tone")
		String tone(@PathVariable String orgCode) {
			return "formal";
		}

		@RequireOrg
		@PreAuthorize("@kinde.flag('beta-tools') and @kinde.scope('kb:read')")
		@GetMapping("/tools")
		String tools(@PathVariable String orgCode) {
			return "tools";
		}

		@GetMapping("/unannotated")
		String unannotated(@PathVariable String orgCode) {
			return "unannotated " + orgCode;
		}

	}

	@RestController
	@RequireScope("admin")
	static class AdminController {

		@GetMapping("/admin/report")
		String report() {
			return "report";
		}

		@RequireFlag("agent-v2")
		@GetMapping("/admin/agent")
		String agent() {
			return "agent";
		}

		@RequireOrg(anyOf = "org_internal")
		@GetMapping("/admin/internal")
		String internal() {
			return "internal";
		}

	}

	@RestController
	static class ServiceBackedController {

		private final ArticleService articles;

		ServiceBackedController(ArticleService articles) {
			this.articles = articles;
		}

		// No annotation and no {orgCode} variable: only the service's @RequireOrg protects it.
		@GetMapping("/service/{tenant}")
		List<String> list(@PathVariable String tenant) {
			return this.articles.list(tenant);
		}

	}

	@Service
	static class ArticleService {

		@RequireOrg(param = "tenant")
		@RequireScope("kb:read")
		public List<String> list(String tenant) {
			return List.of(tenant + "-secret");
		}

	}

}
