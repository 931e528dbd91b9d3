package io.github.kindem2m.authorization;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authorization.AuthorizationDecision;

/**
 * A Kinde authorisation decision: granted, or refused with a {@link Refusal} and a
 * description safe to show the caller (it never names another organisation).
 */
public final class KindeAuthorizationDecision extends AuthorizationDecision {

	private static final long serialVersionUID = 1L;

	private static final KindeAuthorizationDecision GRANTED = new KindeAuthorizationDecision(true, null, "granted",
			List.of());

	private final @Nullable Refusal refusal;

	private final String description;

	private final List<String> scopes;

	private KindeAuthorizationDecision(boolean granted, @Nullable Refusal refusal, String description,
			List<String> scopes) {
		super(granted);
		this.refusal = refusal;
		this.description = description;
		this.scopes = scopes;
	}

	static KindeAuthorizationDecision granted() {
		return GRANTED;
	}

	static KindeAuthorizationDecision refused(Refusal refusal, String description) {
		return new KindeAuthorizationDecision(false, refusal, description, List.of());
	}

	static KindeAuthorizationDecision missingScopes(List<String> scopes) {
		return new KindeAuthorizationDecision(false, Refusal.INSUFFICIENT_SCOPE,
				"The token lacks the required scope(s): " + String.join(" ", scopes), List.copyOf(scopes));
	}

	/**
	 * Why the caller was refused.
	 * @return the refusal, or {@code null} when granted
	 */
	public @Nullable Refusal refusal() {
		return this.refusal;
	}

	/**
	 * What was wrong, for the problem+json {@code detail}.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The required scopes, for an {@link Refusal#INSUFFICIENT_SCOPE} refusal.
	 * @return the scopes, empty for other refusals
	 */
	public List<String> scopes() {
		return this.scopes;
	}

	@Override
	public String toString() {
		return "KindeAuthorizationDecision[granted=" + isGranted() + ", refusal=" + this.refusal + "]";
	}

}
