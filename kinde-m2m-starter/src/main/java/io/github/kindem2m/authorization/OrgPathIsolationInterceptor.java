package io.github.kindem2m.authorization;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Organisation isolation that needs no annotation: when the matched route has a path
 * variable with the configured name (such as {@code /api/orgs/{orgCode}/...}), the request
 * is refused (403, {@code org_mismatch} or {@code org_missing}) unless the variable equals
 * the token's {@code org_code}, exactly. Routes the application made public, which run
 * without a token, are left to their URL rules.
 */
public final class OrgPathIsolationInterceptor implements HandlerInterceptor {

	private final String pathVariable;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	/**
	 * Creates the interceptor.
	 * @param pathVariable the name of the path variable that holds the organisation code
	 */
	public OrgPathIsolationInterceptor(String pathVariable) {
		this.pathVariable = pathVariable;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
				|| !variables.containsKey(this.pathVariable)) {
			return true;
		}
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return true;
		}
		KindeAuthorizationDecision decision = KindeChecks.org(KindeChecks.token(authentication),
				variables.get(this.pathVariable));
		if (!decision.isGranted()) {
			throw new AuthorizationDeniedException("Access Denied", decision);
		}
		return true;
	}

}
