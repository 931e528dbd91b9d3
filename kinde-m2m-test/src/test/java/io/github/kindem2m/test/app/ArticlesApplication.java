package io.github.kindem2m.test.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.kindem2m.authorization.RequireOrg;
import io.github.kindem2m.authorization.RequireScope;
import io.github.kindem2m.token.KindeM2mAuthenticationConverter;
import io.github.kindem2m.token.KindeM2mToken;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's application with its own converter (an extra authority for agent-v2 callers)
 * and its own validator (a revoked client), to prove the test helpers honour both.
 */
@SpringBootApplication
public class ArticlesApplication {

	@Bean
	KindeM2mAuthenticationConverter kindeM2mAuthenticationConverter() {
		return new KindeM2mAuthenticationConverter((token) -> {
			List<GrantedAuthority> authorities = new ArrayList<>(KindeM2mAuthenticationConverter.scopeAuthorities(token));
			if (token.flags().bool("agent-v2", false)) {
				authorities.add(new SimpleGrantedAuthority("ROLE_AGENT_V2"));
			}
			return authorities;
		});
	}

	@Bean
	OAuth2TokenValidator<Jwt> revokedClients() {
		return (jwt) -> "revoked-client".equals(jwt.getClaimAsString("azp"))
				? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "This client was revoked", null))
				: OAuth2TokenValidatorResult.success();
	}

	@Service
	public static class ArticleService {

		@RequireOrg
		@RequireScope("kb:read")
		public List<String> list(String orgCode) {
			return List.of(orgCode + ": welcome");
		}

	}

	@RestController
	static class ArticlesController {

		private final ArticleService articles;

		ArticlesController(ArticleService articles) {
			this.articles = articles;
		}

		@GetMapping("/api/orgs/{orgCode}/articles")
		List<String> list(@PathVariable String orgCode) {
			return this.articles.list(orgCode);
		}

		@GetMapping("/api/whoami")
		Map<String, Object> whoami(KindeM2mToken token, Authentication authentication) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("client", token.clientId());
			body.put("org", token.orgCode().orElse(null));
			body.put("authorities", authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
			body.put("tone", token.flags().string("tone", "neutral"));
			body.put("model", token.properties().string("model_version", "default"));
			return body;
		}

	}

}
