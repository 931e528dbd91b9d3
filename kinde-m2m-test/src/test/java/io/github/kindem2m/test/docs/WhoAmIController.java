package io.github.kindem2m.test.docs;

import java.util.Map;

import io.github.kindem2m.token.KindeM2mToken;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

// docs/getting-started.md
@RestController
class WhoAmIController {

	@GetMapping("/whoami")
	Map<String, Object> whoami(@AuthenticationPrincipal KindeM2mToken token) {
		return Map.of(
				"clientId", token.clientId(),                          // azp
				"org", token.orgCode().orElse("none"),                 // org_code
				"scopes", token.scopes(),                              // scope + scp
				"agentV2", token.flags().bool("agent-v2", false),      // feature_flags
				"model", token.properties().string("model_version", "default")); // application_properties
	}

}
