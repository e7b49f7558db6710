package com.necxian.refunds.web.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.necxian.refunds.web.problem.ApiProblem;
import com.necxian.refunds.web.problem.ProblemType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The RFC 9457 answers of the security chain: 401 (no or wrong credentials, with a Basic challenge where a person
 * role is served), 403 (a role not allowed here) and 400 (a request the firewall refused). They are written here
 * because the security filters answer before Spring MVC's problem handling runs.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;
    private final String credentialsHint;

    SecurityProblems(String realm, ApiAccess access) {
        this.challenge = access.servesPeople() ? "Basic realm=\"" + realm + "\"" : null;
        this.credentialsHint = access.credentialsHint();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        write(response, HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, "Missing or wrong credentials. " + credentialsHint);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "These credentials are valid, but their role may not do this.");
    }

    void rejected(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.BAD_REQUEST, ProblemType.PATH_NOT_PLAIN, "The request path is not in its plain form (no ';' parameters, "
                + "encoded slashes or dots, '//', '/./' or '/../'); send the path exactly as documented.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, ProblemType type, String detail)
            throws IOException {
        new ApiProblem(status, type, detail).writeTo(response);
    }
}
