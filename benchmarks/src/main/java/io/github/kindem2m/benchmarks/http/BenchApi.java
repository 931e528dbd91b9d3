package io.github.kindem2m.benchmarks.http;

import java.util.List;

import io.github.kindem2m.authorization.RequireOrg;
import io.github.kindem2m.authorization.RequireScope;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same endpoint (organisation check plus scope check) three ways, one per profile:
 * {@code kinde} (the starter), {@code plain} (Spring Security's resource server with
 * issuer, audience and timestamp validators and {@code @PreAuthorize}), and {@code none}
 * (no security: the ceiling). Run by {@code benchmarks/http/run.sh}.
 */
@SpringBootApplication
public class BenchApi {

	static final List<String> ARTICLES = List.of("Resetting a password", "Refund policy", "Exporting reports");

	public static void main(String[] args) {
		SpringApplication.run(BenchApi.class, args);
	}

	@RestController
	@Profile("kinde")
	static class KindeArticles {

		@RequireOrg
		@RequireScope("kb:read")
		@GetMapping("/api/orgs/{orgCode}/articles")
		public List<String> list(@PathVariable String orgCode) {
			return ARTICLES;
		}

	}

	@RestController
	@Profile("plain")
	static class PlainArticles {

		@PreAuthorize("hasAuthority('SCOPE_kb:read') and #orgCode == authentication.token.claims['org_code']")
		@GetMapping("/api/orgs/{orgCode}/articles")
		public List<String> list(@PathVariable String orgCode) {
			return ARTICLES;
		}

	}

	@RestController
	@Profile("none")
	static class OpenArticles {

		@GetMapping("/api/orgs/{orgCode}/articles")
		public List<String> list(@PathVariable String orgCode) {
			return ARTICLES;
		}

	}

}
