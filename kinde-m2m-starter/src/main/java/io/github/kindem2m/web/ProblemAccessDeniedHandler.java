package io.github.kindem2m.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a refused authorisation with 403, Spring's bearer {@code WWW-Authenticate}
 * header, and a problem+json body.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	private final BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.bearer.handle(request, response, ex);
		ProblemResponses.write(request, response, "The token does not grant access to this resource",
				ProblemResponses.error("insufficient_scope"));
	}

}
