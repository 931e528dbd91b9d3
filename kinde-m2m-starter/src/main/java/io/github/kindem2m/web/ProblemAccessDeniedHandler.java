package io.github.kindem2m.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.kindem2m.authorization.AuthorizationRefusalListener;
import io.github.kindem2m.authorization.KindeAuthorizationDecision;
import io.github.kindem2m.authorization.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a refused authorisation with 403, a bearer {@code insufficient_scope} challenge
 * (naming the required scopes when scopes were the reason), and a problem+json body with
 * a stable {@code reason}: {@code org_missing}, {@code org_mismatch},
 * {@code flag_disabled}, {@code insufficient_scope}, or {@code access_denied} for rules
 * of the application's own.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private static final Log logger = LogFactory.getLog(ProblemAccessDeniedHandler.class);

	private static final String DETAIL = "The token does not grant access to this resource";

	private final Iterable<AuthorizationRefusalListener> listeners;

	/**
	 * A handler that tells no one about refusals.
	 */
	public ProblemAccessDeniedHandler() {
		this(List.of());
	}

	/**
	 * A handler that tells the listeners about each refusal.
	 * @param listeners the listeners
	 */
	public ProblemAccessDeniedHandler(Iterable<AuthorizationRefusalListener> listeners) {
		this.listeners = listeners;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		KindeAuthorizationDecision decision = (ex instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof KindeAuthorizationDecision kinde) ? kinde : null;
		Refusal refusal = (decision != null) ? decision.refusal() : null;
		String detail = (decision != null) ? decision.description() : DETAIL;
		if (logger.isDebugEnabled()) {
			logger.debug("Refused " + ((request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "an anonymous caller")
					+ ": reason=" + ((refusal != null) ? refusal.code() : "access_denied"));
		}
		this.listeners.forEach((listener) -> listener.refused(refusal));
		Map<String, String> challenge = new LinkedHashMap<>();
		challenge.put("error", "insufficient_scope");
		challenge.put("error_description", detail);
		if (decision != null && !decision.scopes().isEmpty()) {
			challenge.put("scope", String.join(" ", decision.scopes()));
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.header(challenge));
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("reason", (refusal != null) ? refusal.code() : "access_denied");
		if (decision != null && !decision.scopes().isEmpty()) {
			extensions.put("scope", String.join(" ", decision.scopes()));
		}
		ProblemResponses.write(request, response, detail, extensions);
	}

}
