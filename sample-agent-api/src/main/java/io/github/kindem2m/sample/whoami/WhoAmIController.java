package io.github.kindem2m.sample.whoami;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.kindem2m.token.FeatureFlag;
import io.github.kindem2m.token.KindeM2mToken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling machine, as the API sees it.
 */
@RestController
class WhoAmIController {

	/**
	 * The caller's principal.
	 *
	 * @param clientId the M2M application's client id
	 * @param orgCode its organisation, if org-scoped
	 * @param scopes the granted scopes
	 * @param flags its feature flags, with their values
	 * @param properties its application properties
	 * @param expiresAt when the token expires
	 */
	record WhoAmI(String clientId, String orgCode, List<String> scopes, Map<String, Object> flags,
			Map<String, Object> properties, String expiresAt) {
	}

	@GetMapping("/api/whoami")
	public WhoAmI whoami(@AuthenticationPrincipal KindeM2mToken caller) {
		Map<String, Object> flags = new LinkedHashMap<>();
		for (FeatureFlag flag : caller.flags().asMap().values()) {
			flags.put(flag.name(), flag.isValid() ? flag.value() : "(invalid)");
		}
		return new WhoAmI(caller.clientId(), caller.orgCode().orElse(null), caller.scopes().stream().sorted().toList(),
				flags, caller.properties().asMap(), caller.expiresAt().toString());
	}

}
