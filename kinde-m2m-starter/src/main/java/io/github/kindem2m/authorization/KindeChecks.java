package io.github.kindem2m.authorization;

import java.util.Collection;
import java.util.List;

import io.github.kindem2m.token.FeatureFlag;
import io.github.kindem2m.token.KindeM2mAuthentication;
import io.github.kindem2m.token.KindeM2mToken;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * The organisation, flag and scope rules, shared by the annotations, the path-variable
 * isolation and the SpEL functions so that all of them decide alike.
 */
final class KindeChecks {

	private static final String NO_ORG = "This resource requires a token issued for an organisation";

	private static final String WRONG_ORG = "The token's organisation does not match the organisation of this resource";

	private KindeChecks() {
	}

	static @Nullable KindeM2mToken token(@Nullable Authentication authentication) {
		return (authentication instanceof KindeM2mAuthentication kinde) ? kinde.getPrincipal() : null;
	}

	static KindeAuthorizationDecision org(@Nullable KindeM2mToken token, @Nullable Object expected) {
		if (token == null || token.orgCode().isEmpty()) {
			return KindeAuthorizationDecision.refused(Refusal.ORG_MISSING, NO_ORG);
		}
		boolean same = (expected instanceof CharSequence text) && token.orgCode().get().equals(text.toString());
		return same ? KindeAuthorizationDecision.granted()
				: KindeAuthorizationDecision.refused(Refusal.ORG_MISMATCH, WRONG_ORG);
	}

	static KindeAuthorizationDecision orgAnyOf(@Nullable KindeM2mToken token, Collection<String> accepted) {
		if (token == null || token.orgCode().isEmpty()) {
			return KindeAuthorizationDecision.refused(Refusal.ORG_MISSING, NO_ORG);
		}
		return accepted.contains(token.orgCode().get()) ? KindeAuthorizationDecision.granted()
				: KindeAuthorizationDecision.refused(Refusal.ORG_MISMATCH, WRONG_ORG);
	}

	static KindeAuthorizationDecision flag(@Nullable KindeM2mToken token, String name, String havingValue) {
		FeatureFlag flag = (token != null) ? token.flags().get(name).orElse(null) : null;
		boolean holds;
		if (flag == null) {
			holds = false;
		}
		else if (havingValue.isEmpty()) {
			holds = flag.kind() == FeatureFlag.Kind.BOOLEAN && Boolean.TRUE.equals(flag.value());
		}
		else {
			holds = (flag.kind() == FeatureFlag.Kind.STRING || flag.kind() == FeatureFlag.Kind.INTEGER)
					&& havingValue.equals(String.valueOf(flag.value()));
		}
		return holds ? KindeAuthorizationDecision.granted() : KindeAuthorizationDecision.refused(Refusal.FLAG_DISABLED,
				"The feature flag '" + name + "' is not enabled for this caller");
	}

	static KindeAuthorizationDecision scopes(@Nullable KindeM2mToken token, Collection<String> required) {
		boolean granted = token != null && required.stream().allMatch(token::hasScope);
		return granted ? KindeAuthorizationDecision.granted()
				: KindeAuthorizationDecision.missingScopes(List.copyOf(required));
	}

}
