package com.necxian.refunds.web.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import com.necxian.refunds.web.problem.ProblemType;
import com.necxian.refunds.web.problem.ServiceUnavailable;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Problem answers for the OpenAPI document: {@link #of} builds one (a service's own, e.g. ReviewNotFound), and the
 * shared ones are named here for {@code @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)}.
 * {@link ProtectedRouteAnswers} adds each shared one the document refers to under components/responses, unless the
 * service defined one of that name itself.
 */
public final class ProblemResponses {

    private static final String RESPONSES = "#/components/responses/";
    public static final String INVALID_REQUEST = RESPONSES + "InvalidRequest";
    public static final String PATH_NOT_PLAIN = RESPONSES + "PathNotPlain";
    public static final String UNAUTHORIZED = RESPONSES + "Unauthorized";
    public static final String FORBIDDEN = RESPONSES + "Forbidden";
    public static final String CONTENT_TOO_LARGE = RESPONSES + "ContentTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = RESPONSES + "UnsupportedMediaType";
    public static final String UNAVAILABLE = RESPONSES + "Unavailable";

    private ProblemResponses() {
    }

    /** An application/problem+json answer with its examples (each named by its type's slug). */
    public static ApiResponse of(String description, ProblemExample... examples) {
        MediaType json = new MediaType().schema(new Schema<>().$ref(ProblemSchema.REF));
        for (ProblemExample example : examples) {
            json.addExamples(example.name(), example.toExample());
        }
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(ProblemSchema.MEDIA_TYPE, json));
    }

    /**
     * The shared 400 with the service's own invalid-request example (fields it really has), to register under
     * {@code name(INVALID_REQUEST)}.
     */
    public static ApiResponse invalidRequest(ProblemExample invalidFields) {
        return of("Invalid fields or parameters (each listed in errors), a body that is not JSON of the documented "
                        + "shape, or a path not in its plain form; nothing was done",
                invalidFields, ProblemExample.malformedBody(), ProblemExample.pathNotPlain());
    }

    /** The component name a shared reference points at, e.g. "Unauthorized". */
    public static String name(String ref) {
        return ref.substring(RESPONSES.length());
    }

    static boolean isShared(String ref) {
        return ref != null && ref.startsWith(RESPONSES);
    }

    /**
     * The shared answers by component name. The 401's detail and challenge are the security chain's own:
     * {@code credentialsHint} from the service's ApiAccess, {@code challenge} its WWW-Authenticate (null if none).
     */
    static Map<String, ApiResponse> shared(String credentialsHint, String challenge) {
        Map<String, ApiResponse> shared = new LinkedHashMap<>();
        shared.put(name(INVALID_REQUEST), invalidRequest(ProblemExample.invalidField(
                "The request has invalid fields; each is listed in errors. Nothing was done.", "amount",
                "is required")));
        shared.put(name(PATH_NOT_PLAIN), of("The path is not in its plain form (no ';' parameters, encoded slashes "
                + "or dots, '//', '/./' or '/../')", ProblemExample.pathNotPlain()));
        ApiResponse unauthorized = of("No credentials, or wrong ones",
                ProblemExample.of(401, ProblemType.UNAUTHORIZED, "Missing or wrong credentials. " + credentialsHint));
        if (challenge != null) {
            unauthorized.addHeaderObject("WWW-Authenticate", new Header().description(challenge)
                    .schema(new StringSchema()));
        }
        shared.put(name(UNAUTHORIZED), unauthorized);
        shared.put(name(FORBIDDEN), of("Valid credentials whose role may not do this",
                ProblemExample.of(403, ProblemType.FORBIDDEN,
                        "These credentials are valid, but their role may not do this.")));
        shared.put(name(CONTENT_TOO_LARGE), of("The body is larger than this operation accepts; nothing was done",
                ProblemExample.of(413, ProblemType.CONTENT_TOO_LARGE, "The request body is too large.")));
        shared.put(name(UNSUPPORTED_MEDIA_TYPE), of("The body is not application/json",
                ProblemExample.of(415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type 'text/plain' is not supported.")));
        shared.put(name(UNAVAILABLE), unavailable("The database is unavailable; nothing was done, retry later"));
        return shared;
    }

    /**
     * The shared 503 with Retry-After, described in the service's words (e.g. "the database or the broker"), to
     * register under {@code name(UNAVAILABLE)}.
     */
    public static ApiResponse unavailable(String description) {
        return of(description, ProblemExample.of(503, ProblemType.UNAVAILABLE,
                        "The request could not be recorded right now and nothing was done. Retry it later."))
                .addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                        .schema(new IntegerSchema().example(Integer.valueOf(ServiceUnavailable.RETRY_AFTER_SECONDS))));
    }
}
