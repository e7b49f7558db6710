package com.necxian.refunds.intake.web;

/** The examples and shared responses of the OpenAPI document (http-api.md's own examples where it has them). */
final class ApiExamples {

    static final String PROBLEM = "application/problem+json";
    static final String UNAUTHORIZED_RESPONSE = "#/components/responses/Unauthorized";
    static final String UNAVAILABLE_RESPONSE = "#/components/responses/Unavailable";

    static final String REFUND_REQUEST = """
            {"orderNumber": "NX-100234", "orderedAt": "2026-11-01T10:00:00Z", "processedAt": "2026-11-01T12:00:00Z",
             "customer": {"id": "C-42", "email": "ana@example.com", "name": "Ana Ruiz"},
             "payment": {"method": "CARD", "reference": "pay_8f2k"}, "currency": "EUR", "reason": "DEFECTIVE",
             "description": "Left earcup crackles after two days.",
             "evidence": [{"kind": "PHOTO", "uri": "https://cdn.example.com/e/1.jpg", "note": "crack"}],
             "preferredResolution": "REFUND",
             "lines": [{"lineId": "1", "sku": "HP-200", "description": "Headphones", "productType": "PHYSICAL",
                        "madeToOrder": "NONE", "saleCondition": "REGULAR", "quantity": 1, "amountPaid": "199.00",
                        "deliveredAt": "2026-11-03T10:00:00Z"}]}
            """;

    static final String ACKNOWLEDGEMENT = """
            {"refundId": "3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10", "status": "RECEIVED",
             "respondBy": "2026-11-08T10:00:00Z"}
            """;

    static final String STATUS_VIEW = """
            {"refundId": "3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10", "orderNumber": "NX-100234", "status": "APPROVED",
             "respondBy": "2026-11-08T10:00:00Z", "processBy": "2026-11-09T10:00:00Z",
             "decision": {"outcome": "APPROVED", "approvedAmount": "199.00", "currency": "EUR", "resolution": "REFUND",
                          "clauses": ["STD-1"], "policyVersion": 3, "decidedBy": "policy",
                          "lines": [{"lineId": "1", "outcome": "APPROVE", "clauses": ["STD-1"],
                                     "explanation": "Returned within 30 days of delivery."}]},
             "payment": null, "review": null,
             "history": [{"status": "RECEIVED", "at": "2026-11-01T10:00:00Z"},
                         {"status": "APPROVED", "at": "2026-11-01T10:00:01Z"}],
             "traceId": "4bf92f3577b34da6a3ce929d0e0e4736"}
            """;

    static final String INVALID_REQUEST = """
            {"type": "https://necxian.example/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The refund request has invalid fields; each is listed in errors.",
             "instance": "/api/v1/refunds",
             "errors": [{"field": "currency", "message": "must be an ISO 4217 currency code such as EUR"},
                        {"field": "lines[0].amountPaid", "message": "must be a decimal string above zero with at most 2 \
            fraction digits for EUR"}]}
            """;

    static final String MALFORMED_BODY = """
            {"type": "https://necxian.example/problems/malformed-body", "title": "Malformed request body",
             "status": 400, "detail": "The body is not a valid refund request in JSON.", "instance": "/api/v1/refunds",
             "errors": [{"field": "lines[0].quantity", "message": "has the wrong type (money is a decimal string such \
            as \\"199.00\\"; dates are ISO-8601 instants)"}]}
            """;

    static final String MISSING_ORDER_NUMBER = """
            {"type": "https://necxian.example/problems/malformed-body", "title": "Malformed request body",
             "status": 400, "detail": "Required parameter 'orderNumber' is not present.",
             "instance": "/api/v1/refunds"}
            """;

    static final String PATH_NOT_PLAIN = """
            {"type": "https://necxian.example/problems/path-not-plain", "title": "Path not in its plain form",
             "status": 400, "detail": "The request path is not in its plain form (no ';' parameters, encoded slashes \
            or dots, '//', '/./' or '/../'); send the path exactly as documented."}
            """;

    static final String UNAUTHORIZED = """
            {"type": "https://necxian.example/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "Missing or wrong credentials. Send the storefront's key in the X-Api-Key header."}
            """;

    static final String CONTENT_TOO_LARGE = """
            {"type": "https://necxian.example/problems/content-too-large", "title": "Content too large",
             "status": 413, "detail": "A refund request may be at most 256 KiB (262,144 bytes) of JSON.",
             "instance": "/api/v1/refunds"}
            """;

    static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type": "https://necxian.example/problems/unsupported-media-type", "title": "Unsupported media type",
             "status": 415, "detail": "Content-Type 'text/plain' is not supported.", "instance": "/api/v1/refunds"}
            """;

    static final String IDEMPOTENCY_KEY_REUSED = """
            {"type": "https://necxian.example/problems/idempotency-key-reused", "title": "Idempotency-Key reused",
             "status": 422, "detail": "This Idempotency-Key was already used with a different request body. Use a new \
            key for a new request.", "instance": "/api/v1/refunds"}
            """;

    static final String REFUND_NOT_FOUND = """
            {"type": "https://necxian.example/problems/refund-not-found", "title": "Refund not found", "status": 404,
             "detail": "No refund with id 3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10 is known (a new one may take a moment \
            to appear).", "instance": "/api/v1/refunds/3f9a6c1e-2b7d-4e8a-9c51-0d4e7b2a6f10"}
            """;

    static final String UNAVAILABLE = """
            {"type": "https://necxian.example/problems/unavailable", "title": "Service unavailable", "status": 503,
             "detail": "The refund request could not be recorded right now and nothing was accepted. Retry it later.",
             "instance": "/api/v1/refunds"}
            """;

    private ApiExamples() {
    }
}
