package io.github.kindem2m.authorization;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The Kinde checks as SpEL functions, registered as the bean {@code kinde}, for
 * {@code @PreAuthorize} and URL rules:
 *
 * <pre>{@code
 * @PreAuthorize("@kinde.flag('agent-v2') and @kinde.scope('kb:write')")
 * @PreAuthorize("@kinde.org(#orgCode) or hasAuthority('SCOPE_admin')")
 * }</pre>
 *
 * Each function decides exactly as the matching annotation does.
 */
public final class KindeExpressions {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	/**
	 * Whether the caller's boolean flag is present and {@code true}.
	 * @param name the flag key
	 * @return whether it holds
	 */
	public boolean flag(String name) {
		return KindeChecks.flag(KindeChecks.token(current()), name, "").isGranted();
	}

	/**
	 * Whether the caller's string or integer flag has the value.
	 * @param name the flag key
	 * @param value the required value
	 * @return whether it holds
	 */
	public boolean flag(String name, String value) {
		return KindeChecks.flag(KindeChecks.token(current()), name, value).isGranted();
	}

	/**
	 * Whether the caller's {@code org_code} equals the given code, exactly.
	 * @param orgCode the organisation the resource belongs to
	 * @return whether it holds
	 */
	public boolean org(String orgCode) {
		return KindeChecks.org(KindeChecks.token(current()), orgCode).isGranted();
	}

	/**
	 * Whether the caller's {@code org_code} is one of the given codes.
	 * @param orgCodes the accepted organisations
	 * @return whether it holds
	 */
	public boolean orgAnyOf(String... orgCodes) {
		return KindeChecks.orgAnyOf(KindeChecks.token(current()), List.of(orgCodes)).isGranted();
	}

	/**
	 * Whether every scope is granted to the caller.
	 * @param scopes the required scopes
	 * @return whether it holds
	 */
	public boolean scope(String... scopes) {
		return KindeChecks.scopes(KindeChecks.token(current()), List.of(scopes)).isGranted();
	}

	private @Nullable Authentication current() {
		return this.contexts.getContext().getAuthentication();
	}

}
