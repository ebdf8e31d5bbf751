// Generated from openapi/kustom.openapi.yaml with openapi-typescript by `npm run generate`: do not edit.
export interface paths {
    "/ordermanagement/v1/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** Get an order */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ordermanagement/v1/orders/{order_id}/captures": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /** List the captures of an order */
        get: operations["listCaptures"];
        put?: never;
        /**
         * Capture (part of) the authorized amount
         * @description Never more than the remaining authorized amount; not after the order was cancelled. A repeated `Klarna-Idempotency-Key` returns the first result and never captures twice.
         */
        post: operations["createCapture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ordermanagement/v1/orders/{order_id}/captures/{capture_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
                /** @description The `Capture-Id` of a capture (the target of its `Location` header). */
                capture_id: string;
            };
            cookie?: never;
        };
        /** Get one capture of an order */
        get: operations["getCapture"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ordermanagement/v1/orders/{order_id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund (part of) the captured amount
         * @description Never more than the captured amount less what was already refunded.
         */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ordermanagement/v1/orders/{order_id}/refunds/{refund_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
                /** @description The `Refund-Id` of a refund (the target of its `Location` header). */
                refund_id: string;
            };
            cookie?: never;
        };
        /** Get one refund of an order */
        get: operations["getRefund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ordermanagement/v1/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order that has not been captured */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ordermanagement/v1/orders/{order_id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an order */
        post: operations["acknowledgeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ipp/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an In-Person Payments session on a device */
        post: operations["createIppSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ipp/v1/sessions/{session_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Cancel an In-Person Payments session */
        put: operations["cancelIppSession"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "kustom.ipp.session.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IPP session created
         * @description Session created and push notification sent to device (async). Not terminal.
         */
        post: operations["kustomIppSessionCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kustom.ipp.session.activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IPP session activated
         * @description Clerk selected payment method on device. Not terminal.
         */
        post: operations["kustomIppSessionActivated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kustom.ipp.session.finalized": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IPP session finalized
         * @description Session collected and finalized. Terminal. `data.order_id` is the order in Order Management; store it to capture, refund or cancel the payment.
         */
        post: operations["kustomIppSessionFinalized"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kustom.ipp.session.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IPP session cancelled
         * @description Session cancelled by clerk or merchant backend. Terminal.
         */
        post: operations["kustomIppSessionCancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kustom.other-event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Another Kustom event on the same endpoint
         * @description `order.created`, `capture.created`, `refund.created`, `dispute.created`, `dispute.updated`, `ipp.payment.failed` or a later type. Not an IPP session event: acknowledge it with 200.
         */
        post: operations["kustomOtherEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        ErrorMessage: {
            /**
             * @description A stable code; hookproof's mock uses `BAD_VALUE`, `UNAUTHORIZED`, `NOT_ALLOWED`, `CAPTURE_NOT_ALLOWED`, `REFUND_NOT_ALLOWED`, `CANCEL_NOT_ALLOWED`, `NO_SUCH_ORDER`, `NO_SUCH_CAPTURE`, `NO_SUCH_REFUND`, `NO_SUCH_SESSION`.
             * @example CAPTURE_NOT_ALLOWED
             */
            error_code: string;
            error_messages: string[];
            correlation_id: string;
        };
        OrderLine: {
            /** @example physical */
            type?: string;
            reference?: string;
            name: string;
            quantity: number;
            /** @description Minor units. */
            unit_price: number;
            /** @description In hundredths of a percent (2500 = 25%). */
            tax_rate?: number;
            /** @description Minor units. */
            total_amount: number;
            /** @description Minor units. */
            total_tax_amount?: number;
        };
        /** @enum {string} */
        OrderStatus: "AUTHORIZED" | "PART_CAPTURED" | "CAPTURED" | "CANCELLED" | "EXPIRED" | "CLOSED";
        Order: {
            /** Format: uuid */
            order_id: string;
            status: components["schemas"]["OrderStatus"];
            purchase_currency: string;
            /** @description Minor units. */
            order_amount: number;
            original_order_amount: number;
            captured_amount: number;
            refunded_amount: number;
            remaining_authorized_amount: number;
            merchant_reference1?: string;
            /** Format: date-time */
            created_at?: string;
            order_lines: components["schemas"]["OrderLine"][];
            captures: components["schemas"]["Capture"][];
            refunds: components["schemas"]["Refund"][];
        };
        CaptureRequest: {
            /** @description Minor units; at most the remaining authorized amount. */
            captured_amount: number;
            description?: string;
            reference?: string;
            order_lines?: components["schemas"]["OrderLine"][];
        };
        Capture: {
            capture_id: string;
            captured_amount: number;
            /** Format: date-time */
            captured_at: string;
            description?: string;
            reference?: string;
            refunded_amount: number;
            order_lines?: components["schemas"]["OrderLine"][];
        };
        RefundRequest: {
            /** @description Minor units; at most the captured amount less what was already refunded. */
            refunded_amount: number;
            description?: string;
            reference?: string;
            order_lines?: components["schemas"]["OrderLine"][];
        };
        Refund: {
            refund_id: string;
            refunded_amount: number;
            /** Format: date-time */
            refunded_at: string;
            description?: string;
            reference?: string;
            order_lines?: components["schemas"]["OrderLine"][];
        };
        IppOrderItem: {
            reference?: string;
            name: string;
            quantity: number;
            unit_price: number;
            tax_rate?: number;
            total_amount: number;
            total_tax_amount?: number;
        };
        IppSessionRequest: {
            device_id: string;
            /** @description Minor units. */
            order_amount: number;
            purchase_currency: string;
            /** Format: date-time */
            purchase_started_at?: string;
            order_tax_amount?: number;
            merchant_reference1?: string;
            order_items?: components["schemas"]["IppOrderItem"][];
        };
        /** @enum {string} */
        IppSessionStatus: "CREATED" | "ACTIVATED" | "FINALIZED" | "CANCELLED";
        IppSession: {
            /** Format: uuid */
            session_id: string;
            status: components["schemas"]["IppSessionStatus"];
            location_id?: string;
            device_id: string;
            order_amount: number;
            purchase_currency: string;
            merchant_reference1?: string;
            /** Format: uuid */
            order_id?: string | null;
        };
        /**
         * KustomEventId
         * @description Unique id of the event: `kevt_` followed by base62 characters (22 in every documented example). Deduplicating deliveries on it is hookproof's advice, not a promise of the document: the IPP page says nothing about retries or whether a redelivery keeps its id.
         * @example kevt_754uIatTW0hmi10Gggqe2H
         */
        eventId: string;
        /**
         * KustomMerchantId
         * @description The Kustom merchant (account) the event belongs to.
         * @example DM11917000
         */
        merchantId: string;
        /**
         * KustomTimestamp
         * @description When the event happened. Both documented examples carry RFC 3339 in UTC with nine fractional digits (`2026-06-05T18:37:41.232733416Z`); the document states no format. Keep it as a string: a JavaScript `Date` keeps milliseconds only and would lose the last six digits.
         * @example 2026-06-05T18:37:41.232733416Z
         */
        timestamp: string;
        /**
         * KustomIppSessionId
         * @description The In-Person Payments session (UUID) the event is about; the same on every event of one session's lifecycle.
         */
        sessionId: string;
        /**
         * KustomIppFailureReason
         * @description Every documented example sends `null`, and the document never describes another value. It says: "Payment failures are handled on the device. No action is needed from your backend."
         */
        failureReason: string | null;
        /**
         * KustomIppSessionCreated
         * @description The session exists and the device has been asked to start it. Nothing to do yet: keep the `session_id` and wait for `activated`.
         * @example {
         *       "id": "kevt_3NwQe8TbcV1xYk2Lm0PqRs",
         *       "merchant_id": "DM11917000",
         *       "timestamp": "2026-06-05T18:37:12.104583301Z",
         *       "type": "ipp.session.created",
         *       "data": {
         *         "session_id": "c749c48d-df11-4ae3-8e5f-2c8491b16214",
         *         "order_id": null,
         *         "failure_reason": null
         *       }
         *     }
         */
        "ipp-session-created.schema": {
            id: components["schemas"]["eventId"];
            merchant_id: components["schemas"]["merchantId"];
            timestamp: components["schemas"]["timestamp"];
            /** @constant */
            type: "ipp.session.created";
            /** KustomIppSessionCreatedData */
            data: {
                session_id: components["schemas"]["sessionId"];
                /**
                 * Format: uuid
                 * @description Always `null` before `ipp.session.finalized`: no order exists yet.
                 */
                order_id: string | null;
                failure_reason: components["schemas"]["failureReason"];
            };
        };
        /**
         * KustomIppSessionActivated
         * @description The clerk chose a payment method on the device; the customer is paying. No order exists yet.
         * @example {
         *       "id": "kevt_754uIatTW0hmi10Gggqe2H",
         *       "merchant_id": "DM11917000",
         *       "timestamp": "2026-06-05T18:37:41.232733416Z",
         *       "type": "ipp.session.activated",
         *       "data": {
         *         "session_id": "c749c48d-df11-4ae3-8e5f-2c8491b16214",
         *         "order_id": null,
         *         "failure_reason": null
         *       }
         *     }
         */
        "ipp-session-activated.schema": {
            id: components["schemas"]["eventId"];
            merchant_id: components["schemas"]["merchantId"];
            timestamp: components["schemas"]["timestamp"];
            /** @constant */
            type: "ipp.session.activated";
            /** KustomIppSessionActivatedData */
            data: {
                session_id: components["schemas"]["sessionId"];
                /**
                 * Format: uuid
                 * @description Always `null` before `ipp.session.finalized`: no order exists yet.
                 */
                order_id: string | null;
                failure_reason: components["schemas"]["failureReason"];
            };
        };
        /**
         * KustomOrderId
         * Format: uuid
         * @description "The order_id is the UUID of the order created in Kustom Order Management. Store this — you'll use it to capture, refund, or cancel the payment." (Kustom, Receive Callbacks)
         */
        orderId: string;
        /**
         * KustomIppSessionFinalized
         * @description Terminal. The payment was collected and an order exists in Kustom Order Management under `data.order_id`: store it to capture, refund or cancel the payment.
         * @example {
         *       "id": "kevt_62EvxyMEaAaHSGeoDTza47",
         *       "merchant_id": "DM11917000",
         *       "timestamp": "2026-06-05T18:33:39.608920367Z",
         *       "type": "ipp.session.finalized",
         *       "data": {
         *         "session_id": "dc01aa86-fb99-4d05-97dc-e79a22650f9a",
         *         "order_id": "ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f",
         *         "failure_reason": null
         *       }
         *     }
         */
        "ipp-session-finalized.schema": {
            id: components["schemas"]["eventId"];
            merchant_id: components["schemas"]["merchantId"];
            timestamp: components["schemas"]["timestamp"];
            /** @constant */
            type: "ipp.session.finalized";
            /** KustomIppSessionFinalizedData */
            data: {
                session_id: components["schemas"]["sessionId"];
                order_id: components["schemas"]["orderId"];
                failure_reason: components["schemas"]["failureReason"];
            };
        };
        /**
         * KustomIppSessionCancelled
         * @description Terminal. The session was cancelled (by the clerk on the device or by the merchant backend through `PUT /ipp/v1/sessions/{id}/cancel`); no order was created.
         * @example {
         *       "id": "kevt_7hGfR2sJkL9mNpQ4tUvW1x",
         *       "merchant_id": "DM11917000",
         *       "timestamp": "2026-06-05T18:38:02.517904122Z",
         *       "type": "ipp.session.cancelled",
         *       "data": {
         *         "session_id": "c749c48d-df11-4ae3-8e5f-2c8491b16214",
         *         "order_id": null,
         *         "failure_reason": null
         *       }
         *     }
         */
        "ipp-session-cancelled.schema": {
            id: components["schemas"]["eventId"];
            merchant_id: components["schemas"]["merchantId"];
            timestamp: components["schemas"]["timestamp"];
            /** @constant */
            type: "ipp.session.cancelled";
            /** KustomIppSessionCancelledData */
            data: {
                session_id: components["schemas"]["sessionId"];
                /**
                 * Format: uuid
                 * @description Always `null` before `ipp.session.finalized`: no order exists yet and none will for a cancelled session.
                 */
                order_id: string | null;
                failure_reason: components["schemas"]["failureReason"];
            };
        };
        /**
         * KustomEventType
         * @description The event type. "All In-Person Payments events are prefixed with ipp. so you can distinguish them from other Kustom webhooks routed to the same endpoint" (Kustom, Receive Callbacks). The other types (`order.created`, `capture.created`, `refund.created`, `dispute.created`, `dispute.updated`, `ipp.payment.failed`) come from Kustom's general webhook documentation, not from the IPP page.
         */
        eventType: string;
        /**
         * KustomOtherEvent
         * @description A Kustom webhook that is not an In-Person Payments session event, delivered to the same endpoint ("other Kustom webhooks routed to the same endpoint", Kustom, Receive Callbacks): `order.created`, `capture.created`, `refund.created`, `dispute.created`, `dispute.updated`, `ipp.payment.failed`, or a type no document names (a new `ipp.*` event, accepted with a warning, refused under strict). Not part of the variant catalogue: a receiver must still acknowledge it ("must respond 200 to acknowledge each event") and may ignore it. That Kustom retries a delivery answered with a non-2xx comes from Kustom's general webhook documentation, not from the IPP page.
         * @example {
         *       "id": "kevt_5cTyUi8OpAs2DfGh4JkLz0",
         *       "merchant_id": "DM11917000",
         *       "timestamp": "2026-06-05T18:41:07.880213094Z",
         *       "type": "capture.created",
         *       "data": {
         *         "order_id": "ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f",
         *         "capture_id": "4ba29b50-be7b-44f5-a492-113e6a865e22"
         *       }
         *     }
         */
        "other-event.schema": {
            id: components["schemas"]["eventId"];
            merchant_id: components["schemas"]["merchantId"];
            timestamp: components["schemas"]["timestamp"];
            type: components["schemas"]["eventType"];
            data: Record<string, never>;
        };
    };
    responses: {
        /** @description The delivery was received. Answer 200 at once, for every event type; Kustom retries any other answer. */
        Acknowledged: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The signature or the timestamp did not verify. A genuine delivery never gets this answer from a correct receiver. */
        SignatureRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request is malformed (`BAD_VALUE`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description Missing or wrong Basic credentials (`UNAUTHORIZED`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description The order's state does not allow it (`CAPTURE_NOT_ALLOWED`, `REFUND_NOT_ALLOWED`, `CANCEL_NOT_ALLOWED`, `NOT_ALLOWED`). */
        NotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
        /** @description No such order, capture, refund or session (`NO_SUCH_ORDER`, `NO_SUCH_CAPTURE`, `NO_SUCH_REFUND`, `NO_SUCH_SESSION`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorMessage"];
            };
        };
    };
    parameters: {
        /** @description Unique id of the delivery, the same on every retry of it (Standard Webhooks). */
        WebhookId: string;
        /** @description Unix time in seconds when the delivery was signed. Reject values more than 5 minutes from now. */
        WebhookTimestamp: string;
        /** @description Space-separated `v1,<base64>` signatures, HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the destination's secret. Two entries while the secret is being rotated; accept the delivery when any one verifies. */
        WebhookSignature: string;
        /** @description The `order_id` of the `ipp.session.finalized` callback. */
        OrderId: string;
        SessionId: string;
        /** @description A UUID v4. A request repeated with the same key returns the first result and is not carried out twice. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listCaptures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The captures, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capture"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createCapture: {
        parameters: {
            query?: never;
            header?: {
                /** @description A UUID v4. A request repeated with the same key returns the first result and is not carried out twice. */
                "Klarna-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureRequest"];
            };
        };
        responses: {
            /** @description Captured. */
            201: {
                headers: {
                    /** @description Id of the new capture. */
                    "Capture-Id"?: string;
                    /** @description URL of the new capture. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NotAllowed"];
            404: components["responses"]["NotFound"];
        };
    };
    getCapture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
                /** @description The `Capture-Id` of a capture (the target of its `Location` header). */
                capture_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The capture. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capture"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description A UUID v4. A request repeated with the same key returns the first result and is not carried out twice. */
                "Klarna-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description Refunded. */
            201: {
                headers: {
                    /** @description Id of the new refund. */
                    "Refund-Id"?: string;
                    /** @description URL of the new refund. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NotAllowed"];
            404: components["responses"]["NotFound"];
        };
    };
    getRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
                /** @description The `Refund-Id` of a refund (the target of its `Location` header). */
                refund_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refund. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A UUID v4. A request repeated with the same key returns the first result and is not carried out twice. */
                "Klarna-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NotAllowed"];
            404: components["responses"]["NotFound"];
        };
    };
    acknowledgeOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A UUID v4. A request repeated with the same key returns the first result and is not carried out twice. */
                "Klarna-Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The `order_id` of the `ipp.session.finalized` callback. */
                order_id: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledged. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createIppSession: {
        parameters: {
            query: {
                /** @description The store location the device belongs to. */
                location_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IppSessionRequest"];
            };
        };
        responses: {
            /** @description The session; `ipp.session.created` follows. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IppSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    cancelIppSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled session; `ipp.session.cancelled` follows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IppSession"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["NotAllowed"];
            404: components["responses"]["NotFound"];
        };
    };
    kustomIppSessionCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the delivery, the same on every retry of it (Standard Webhooks). */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix time in seconds when the delivery was signed. Reject values more than 5 minutes from now. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description Space-separated `v1,<base64>` signatures, HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the destination's secret. Two entries while the secret is being rotated; accept the delivery when any one verifies. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ipp-session-created.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["SignatureRejected"];
        };
    };
    kustomIppSessionActivated: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the delivery, the same on every retry of it (Standard Webhooks). */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix time in seconds when the delivery was signed. Reject values more than 5 minutes from now. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description Space-separated `v1,<base64>` signatures, HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the destination's secret. Two entries while the secret is being rotated; accept the delivery when any one verifies. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ipp-session-activated.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["SignatureRejected"];
        };
    };
    kustomIppSessionFinalized: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the delivery, the same on every retry of it (Standard Webhooks). */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix time in seconds when the delivery was signed. Reject values more than 5 minutes from now. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description Space-separated `v1,<base64>` signatures, HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the destination's secret. Two entries while the secret is being rotated; accept the delivery when any one verifies. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ipp-session-finalized.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["SignatureRejected"];
        };
    };
    kustomIppSessionCancelled: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the delivery, the same on every retry of it (Standard Webhooks). */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix time in seconds when the delivery was signed. Reject values more than 5 minutes from now. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description Space-separated `v1,<base64>` signatures, HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the destination's secret. Two entries while the secret is being rotated; accept the delivery when any one verifies. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ipp-session-cancelled.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["SignatureRejected"];
        };
    };
    kustomOtherEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique id of the delivery, the same on every retry of it (Standard Webhooks). */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix time in seconds when the delivery was signed. Reject values more than 5 minutes from now. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description Space-separated `v1,<base64>` signatures, HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the destination's secret. Two entries while the secret is being rotated; accept the delivery when any one verifies. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["other-event.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["SignatureRejected"];
        };
    };
}
