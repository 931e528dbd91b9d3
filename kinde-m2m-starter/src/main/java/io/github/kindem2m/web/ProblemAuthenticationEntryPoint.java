package io.github.kindem2m.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a missing or refused token as RFC 6750 asks (status and
 * {@code WWW-Authenticate}, from Spring's {@link BearerTokenAuthenticationEntryPoint}) and
 * adds a problem+json body saying what was wrong.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.bearer.commence(request, response, ex);
		if (ex instanceof OAuth2AuthenticationException oauth2) {
			OAuth2Error error = oauth2.getError();
			String detail = (error.getDescription() != null) ? error.getDescription() : error.getErrorCode();
			ProblemResponses.write(request, response, detail, ProblemResponses.error(error.getErrorCode()));
		}
		else {
			ProblemResponses.write(request, response, "A Kinde M2M bearer token is required", ProblemResponses.error(null));
		}
	}

}
