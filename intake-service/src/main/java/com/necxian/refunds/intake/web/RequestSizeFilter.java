package com.necxian.refunds.intake.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.necxian.refunds.intake.domain.RequestLimits;
import com.necxian.refunds.web.problem.ApiProblem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bodies above 256 KiB get 413 {@code content-too-large}. A declared Content-Length above the limit is refused before anything reads the
 * body; a body without one (chunked) is counted as it is read, and the read that passes the limit throws
 * {@link BodyTooLarge}, which {@link UnreadableBodyAnswers} turns into the same 413 before anything was validated,
 * stored or published. (Tomcat's own limits do not cover this: {@code maxPostSize} applies only to form
 * parameters, {@code maxSwallowSize} only to what is discarded after an answer.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeFilter extends OncePerRequestFilter {

    static final long LIMIT = RequestLimits.BODY_BYTES;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            ApiProblem tooLarge = BodyTooLarge.problem();
            tooLarge.getBody().setInstance(URI.create(request.getRequestURI()));
            tooLarge.writeTo(response);
            return;
        }
        chain.doFilter(new CountedBody(request), response);
    }

    /** The request whose body stream (and reader) throw {@link BodyTooLarge} once more than LIMIT bytes came. */
    private static final class CountedBody extends HttpServletRequestWrapper {

        private ServletInputStream counted;
        private BufferedReader reader;

        CountedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingInputStream(super.getInputStream());
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding(); // the servlet default when none was given
                reader = new BufferedReader(new InputStreamReader(getInputStream(),
                        encoding == null ? StandardCharsets.ISO_8859_1.name() : encoding));
            }
            return reader;
        }
    }

    private static final class CountingInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private long count;

        CountingInputStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            checkLimit();
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkLimit();
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            count += n;
            checkLimit();
        }

        private void checkLimit() throws BodyTooLarge {
            if (count > LIMIT) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
