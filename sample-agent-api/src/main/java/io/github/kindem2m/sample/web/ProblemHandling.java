package io.github.kindem2m.sample.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every MVC error as problem+json; validation errors name each invalid field.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream().map((error) -> {
			Map<String, String> field = new LinkedHashMap<>();
			field.put("field", error.getField());
			field.put("message", error.getDefaultMessage());
			return field;
		}).toList();
		ProblemDetail problem = ex.getBody();
		problem.setDetail("Invalid request: " + ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((FieldError error) -> error.getField() + " " + error.getDefaultMessage())
			.collect(Collectors.joining(", ")));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

}
