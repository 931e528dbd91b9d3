package io.github.kindem2m.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.kindem2m.token.KindeM2mToken;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's application: only the starter, two properties, and a controller.
 */
@SpringBootApplication
class TestApplication {

	/** A validator of the application's own, added to the Kinde rules. */
	@Bean
	OAuth2TokenValidator<Jwt> blockedTokens() {
		return (jwt) -> "blocked".equals(jwt.getId())
				? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "This token was revoked", null))
				: OAuth2TokenValidatorResult.success();
	}

	@RestController
	static class WhoAmIController {

		@GetMapping("/whoami")
		Map<String, Object> whoami(@AuthenticationPrincipal KindeM2mToken token) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("clientId", token.clientId());
			body.put("orgCode", token.orgCode().orElse(null));
			body.put("scopes", token.scopes());
			body.put("agentV2", token.flags().bool("agent-v2", false));
			body.put("modelVersion", token.properties().string("model_version", null));
			return body;
		}

		@GetMapping("/plain")
		String plain(KindeM2mToken token) {
			return token.clientId() + "@" + token.orgCode().orElse("-");
		}

	}

}
