// Generated from openapi/kushki.openapi.yaml with openapi-typescript by `npm run generate`: do not edit.
export type paths = Record<string, never>;
export interface webhooks {
    "kushki.card.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card payment approved
         * @description A card payment made through a Payment Button smart link was approved.
         */
        post: operations["kushkiCardApproved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kushki.card.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card payment declined
         * @description A card payment made through a Payment Button smart link was declined. Carries `code` and `message`, and no `ticketNumber`.
         */
        post: operations["kushkiCardDeclined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kushki.transfer.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wire transfer approved
         * @description The payer completed the wire transfer and the bank confirmed it.
         */
        post: operations["kushkiTransferApproved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kushki.transfer.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wire transfer declined
         * @description The wire transfer was rejected or not completed. Carries no `ticketNumber` and no `trazabilityCode`.
         */
        post: operations["kushkiTransferDeclined"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kushki.cash.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cash payment approved
         * @description The payer paid the cash voucher at a collection point.
         */
        post: operations["kushkiCashApproved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "kushki.cash.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cash voucher expired
         * @description The cash voucher expired without being paid. Sent with `status` `expiredTransaction` (the document heads its example "Declined Transaction").
         */
        post: operations["kushkiCashExpired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * KushkiTicketNumber
         * @description Kushki's ticket number for the transaction, a string of digits (16 digits for transfer and cash, 18 in the card example).
         */
        ticketNumber: string;
        /**
         * KushkiAmount
         * @description The amounts of the transaction, broken down by tax, in the currency's major unit as a JSON number.
         */
        amount: {
            /** @description Subtotal of the items that carry no IVA (VAT). */
            subtotalIva0: number;
            /** @description IVA (VAT) amount. */
            iva: number;
            /** @description Subtotal of the items that carry IVA. */
            subtotalIva: number;
            /** @description ISO 4217 currency code (`USD`, `MXN`, `CLP`, ...). */
            currency: string;
        };
        /**
         * KushkiMetadata
         * @description Merchant metadata attached to the smart link; often empty.
         */
        metadata: {
            [key: string]: unknown;
        };
        /**
         * KushkiProduct
         * @description One product of the smart link.
         */
        product: {
            /** @description Price of one unit. */
            unitPrice: number;
            /** @description Number of units. */
            quantity: number;
            name: string;
            description?: string;
        };
        /**
         * KushkiProducts
         * @description The products of the smart link. The field table says "object"; every example sends an array of product objects. Both are accepted; `parseWebhook` presents it as an array, the examples' reading.
         */
        products: components["schemas"]["product"][] | components["schemas"]["product"];
        /**
         * KushkiTransactionReference
         * @description Kushki's reference of the transaction (UUID).
         */
        transactionReference: string;
        /**
         * KushkiCreated
         * @description When the transaction was created. The field table says "number (Unix Timestamp Format)", which usually means seconds; every example carries milliseconds (`1678902932120`). Both are accepted; `parseWebhook` presents milliseconds (a value below 10^12 is read as seconds and multiplied by 1000).
         */
        created: number;
        /**
         * KushkiSmartLink
         * @description Id of the Payment Button smart link the payment was made through.
         */
        smartLink: string;
        /**
         * KushkiCardContactDetails
         * @description Contact details of a card payment: an email only.
         */
        cardContactDetails: {
            email: string;
        };
        /**
         * KushkiToken
         * @description The payment token Kushki issued for the transaction (32 lowercase hex characters).
         */
        token: string;
        /**
         * KushkiPublicMerchantId
         * @description The merchant's public credential id (32 lowercase hex characters).
         */
        publicMerchantId: string;
        /**
         * KushkiMerchantId
         * @description The merchant's Kushki id (20 digits in every example).
         */
        merchantId: string;
        /**
         * KushkiSyncMetadata
         * @description Whether the metadata was synchronised. The field table says "boolean"; every example sends the string `"true"` or `"false"`. Both are accepted; `parseWebhook` presents it as the string, the examples' reading.
         */
        syncMetadata: ("true" | "false") | boolean;
        /**
         * KushkiTransactionId
         * @description Id of the transaction (UUID). Deduplicate deliveries on it: Kushki's general webhook documentation (not the Payment Button page) warns that a notification may rarely arrive twice.
         */
        transactionId: string;
        /**
         * KushkiCardApproved
         * @description The card payment was approved: fulfil the order identified by `smartLink`/`transactionReference`.
         * @example {
         *       "ticketNumber": "672148913082649091",
         *       "amount": {
         *         "subtotalIva0": 0,
         *         "iva": 50,
         *         "subtotalIva": 50,
         *         "currency": "USD"
         *       },
         *       "metadata": {},
         *       "product": [
         *         {
         *           "unitPrice": 100,
         *           "quantity": 2,
         *           "name": "runners",
         *           "description": "Tenis"
         *         }
         *       ],
         *       "transactionReference": "b38e51f3-b5aa-4700-8670-91e2fce51004",
         *       "created": 1678902932120,
         *       "smartLink": "nL_JmVeTk",
         *       "contactDetails": {
         *         "email": "john.doe@kushkipagos.com"
         *       },
         *       "token": "d23507a568af477893fa0d298fd97b50",
         *       "publicMerchantId": "883ae5c3d47446d898dddc94dd76076f",
         *       "transactionType": "SALE",
         *       "merchantId": "20000000108692034000",
         *       "paymentMethod": "creditCard",
         *       "syncMetadata": "false",
         *       "id": "a79cc9ff-82ec-44ea-9653-694bfa0b9a46",
         *       "status": "approvedTransaction"
         *     }
         */
        "card-approved.schema": {
            ticketNumber: components["schemas"]["ticketNumber"];
            amount: components["schemas"]["amount"];
            metadata: components["schemas"]["metadata"];
            product: components["schemas"]["products"];
            /** @description Kushki's response code for a declined transaction (`017`). */
            code?: string;
            transactionReference: components["schemas"]["transactionReference"];
            created: components["schemas"]["created"];
            smartLink: components["schemas"]["smartLink"];
            /** @description Human-readable reason for a declined transaction, in Spanish (`Transacción declinada.`). */
            message?: string;
            contactDetails: components["schemas"]["cardContactDetails"];
            token: components["schemas"]["token"];
            publicMerchantId: components["schemas"]["publicMerchantId"];
            /**
             * @description Always `SALE` for Payment Button card payments.
             * @constant
             */
            transactionType: "SALE";
            merchantId: components["schemas"]["merchantId"];
            /**
             * @description `creditCard` for card payments.
             * @constant
             */
            paymentMethod: "creditCard";
            syncMetadata: components["schemas"]["syncMetadata"];
            id: components["schemas"]["transactionId"];
            /**
             * @description `approvedTransaction`.
             * @constant
             */
            status: "approvedTransaction";
        };
        /**
         * KushkiCardDeclined
         * @description The card payment was declined. `code` and `message` say why (`017`, "Transacción declinada."). No `ticketNumber` is sent.
         * @example {
         *       "amount": {
         *         "subtotalIva0": 0,
         *         "iva": 50,
         *         "subtotalIva": 50,
         *         "currency": "USD"
         *       },
         *       "metadata": {},
         *       "product": [
         *         {
         *           "unitPrice": 100,
         *           "quantity": 2,
         *           "name": "runners",
         *           "description": "Tenis"
         *         }
         *       ],
         *       "code": "017",
         *       "transactionReference": "ad3059f0-2795-4058-8fe0-2d96faa0de77",
         *       "created": 1678903213705,
         *       "smartLink": "WjPYmv_lz",
         *       "message": "Transacción declinada.",
         *       "contactDetails": {
         *         "email": "john.doe@kushkipagos.com"
         *       },
         *       "token": "13e4ac80714e4f98a12095d91cfa8b8f",
         *       "publicMerchantId": "883ae5c3d47446d898dddc94dd76076f",
         *       "transactionType": "SALE",
         *       "merchantId": "20000000108692034000",
         *       "paymentMethod": "creditCard",
         *       "syncMetadata": "true",
         *       "id": "5bdc0899-4baa-4b2a-9452-69d8504baaad",
         *       "status": "declinedTransaction"
         *     }
         */
        "card-declined.schema": {
            ticketNumber?: components["schemas"]["ticketNumber"];
            amount: components["schemas"]["amount"];
            metadata: components["schemas"]["metadata"];
            product: components["schemas"]["products"];
            /** @description Kushki's response code for a declined transaction (`017`). */
            code: string;
            transactionReference: components["schemas"]["transactionReference"];
            created: components["schemas"]["created"];
            smartLink: components["schemas"]["smartLink"];
            /** @description Human-readable reason for a declined transaction, in Spanish (`Transacción declinada.`). */
            message: string;
            contactDetails: components["schemas"]["cardContactDetails"];
            token: components["schemas"]["token"];
            publicMerchantId: components["schemas"]["publicMerchantId"];
            /**
             * @description Always `SALE` for Payment Button card payments.
             * @constant
             */
            transactionType: "SALE";
            merchantId: components["schemas"]["merchantId"];
            /**
             * @description `creditCard` for card payments.
             * @constant
             */
            paymentMethod: "creditCard";
            syncMetadata: components["schemas"]["syncMetadata"];
            id: components["schemas"]["transactionId"];
            /**
             * @description `declinedTransaction`.
             * @constant
             */
            status: "declinedTransaction";
        };
        /**
         * KushkiPersonContactDetails
         * @description Contact details of a wire transfer or cash payment: names and email, and the identity document when the payer gave one.
         */
        personContactDetails: {
            firstName: string;
            lastName: string;
            /** @description Identity document type, such as `CC`. */
            documentType?: string;
            documentNumber?: string;
            email: string;
        };
        /**
         * KushkiTransferApproved
         * @description The wire transfer was approved; `trazabilityCode` is the bank's traceability code.
         * @example {
         *       "ticketNumber": "8903880459904381",
         *       "amount": {
         *         "subtotalIva0": 0,
         *         "iva": 500,
         *         "subtotalIva": 500,
         *         "currency": "MXN"
         *       },
         *       "metadata": {},
         *       "product": [
         *         {
         *           "unitPrice": 1000,
         *           "quantity": 2,
         *           "name": "runners",
         *           "description": "Tenis"
         *         }
         *       ],
         *       "redirectUrl": "https://api-uat.kushkipagos.com/transfer/v1/agent?token=4e14347df70d4744b09ff9a6483e80a6&mid=20000000104096460000",
         *       "transactionReference": "6659910b-936e-4842-826f-82b0433af540",
         *       "created": 1678903884347,
         *       "smartLink": "cvIrvtx2j",
         *       "contactDetails": {
         *         "firstName": "John",
         *         "lastName": "Doe",
         *         "email": "john.doe@kushkipagos.com"
         *       },
         *       "token": "4e14347df70d4744b09ff9a6483e80a6",
         *       "publicMerchantId": "ef31f04f2c364080bd33162bfb360c81",
         *       "merchantId": "20000000104096460000",
         *       "paymentMethod": "transfer",
         *       "syncMetadata": "false",
         *       "id": "a277e170-3241-4e27-8d22-e21f66b879d4",
         *       "trazabilityCode": "564988596",
         *       "status": "approvedTransaction"
         *     }
         */
        "transfer-approved.schema": {
            ticketNumber: components["schemas"]["ticketNumber"];
            amount: components["schemas"]["amount"];
            metadata: components["schemas"]["metadata"];
            product: components["schemas"]["products"];
            /** @description The bank agent URL the payer was sent to. */
            redirectUrl: string;
            transactionReference: components["schemas"]["transactionReference"];
            created: components["schemas"]["created"];
            smartLink: components["schemas"]["smartLink"];
            contactDetails: components["schemas"]["personContactDetails"];
            token: components["schemas"]["token"];
            publicMerchantId: components["schemas"]["publicMerchantId"];
            merchantId: components["schemas"]["merchantId"];
            /**
             * @description `transfer` for wire transfer payments.
             * @constant
             */
            paymentMethod: "transfer";
            syncMetadata: components["schemas"]["syncMetadata"];
            id: components["schemas"]["transactionId"];
            /** @description The bank's traceability code of the transfer (spelled `trazabilityCode` by Kushki). */
            trazabilityCode: string;
            /**
             * @description `approvedTransaction`.
             * @constant
             */
            status: "approvedTransaction";
        };
        /**
         * KushkiTransferDeclined
         * @description The wire transfer was declined. No `ticketNumber` and no `trazabilityCode` are sent.
         * @example {
         *       "amount": {
         *         "subtotalIva0": 0,
         *         "iva": 500,
         *         "subtotalIva": 500,
         *         "currency": "CLP"
         *       },
         *       "metadata": {},
         *       "product": [
         *         {
         *           "unitPrice": 1000,
         *           "quantity": 2,
         *           "name": "runners",
         *           "description": "Tenis"
         *         }
         *       ],
         *       "redirectUrl": "https://api-uat.kushkipagos.com/transfer/v1/agent?token=43de2759fab14dd190b55edf2c656744&mid=20000000104903344000",
         *       "transactionReference": "8c9f3399-3ecc-460f-b299-25b44f5c86cb",
         *       "created": 1678904120979,
         *       "smartLink": "niKEcpftR",
         *       "contactDetails": {
         *         "firstName": "John",
         *         "lastName": "Doe",
         *         "documentType": "CC",
         *         "documentNumber": "123456789",
         *         "email": "john.doe@kushkipagos.com"
         *       },
         *       "token": "43de2759fab14dd190b55edf2c656744",
         *       "publicMerchantId": "e704812858d7464db163b0a24f2e379f",
         *       "merchantId": "20000000104903344000",
         *       "paymentMethod": "transfer",
         *       "syncMetadata": "false",
         *       "id": "6d4abd76-c21c-42cb-a7b7-30b3b25cef0b",
         *       "status": "declinedTransaction"
         *     }
         */
        "transfer-declined.schema": {
            ticketNumber?: components["schemas"]["ticketNumber"];
            amount: components["schemas"]["amount"];
            metadata: components["schemas"]["metadata"];
            product: components["schemas"]["products"];
            /** @description The bank agent URL the payer was sent to. */
            redirectUrl: string;
            transactionReference: components["schemas"]["transactionReference"];
            created: components["schemas"]["created"];
            smartLink: components["schemas"]["smartLink"];
            contactDetails: components["schemas"]["personContactDetails"];
            token: components["schemas"]["token"];
            publicMerchantId: components["schemas"]["publicMerchantId"];
            merchantId: components["schemas"]["merchantId"];
            /**
             * @description `transfer` for wire transfer payments.
             * @constant
             */
            paymentMethod: "transfer";
            syncMetadata: components["schemas"]["syncMetadata"];
            id: components["schemas"]["transactionId"];
            /** @description The bank's traceability code of the transfer (spelled `trazabilityCode` by Kushki). */
            trazabilityCode?: string;
            /**
             * @description `declinedTransaction`.
             * @constant
             */
            status: "declinedTransaction";
        };
        /**
         * KushkiCashMetadata
         * @description Metadata of a cash payment. The cash examples carry `firstTime`, a string (`"0"`) whose meaning Kushki does not document.
         */
        cashMetadata: {
            firstTime?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * KushkiCashApproved
         * @description The cash payment was collected.
         * @example {
         *       "ticketNumber": "2378903288609109",
         *       "amount": {
         *         "subtotalIva0": 0,
         *         "iva": 50,
         *         "subtotalIva": 50,
         *         "currency": "USD"
         *       },
         *       "metadata": {
         *         "firstTime": "0"
         *       },
         *       "product": [
         *         {
         *           "unitPrice": 100,
         *           "quantity": 2,
         *           "name": "runners",
         *           "description": "Tenis"
         *         }
         *       ],
         *       "transactionReference": "225405a4-c300-4ea6-9952-406e0efcc5ee",
         *       "created": 1678903302137,
         *       "smartLink": "2aLhypwTL",
         *       "contactDetails": {
         *         "firstName": "John",
         *         "lastName": "Doe",
         *         "documentType": "CC",
         *         "documentNumber": "123456789",
         *         "email": "john.doe@kushkipagos.com"
         *       },
         *       "token": "2bb63390d18e4475adc4f8f0730f84f2",
         *       "publicMerchantId": "883ae5c3d47446d898dddc94dd76076f",
         *       "pdfUrl": "https://api-uat.kushkipagos.com/cash/v1/charges/2378903288609109/receipt",
         *       "pin": "8903296880",
         *       "merchantId": "20000000108692034000",
         *       "paymentMethod": "cash",
         *       "syncMetadata": "false",
         *       "id": "69bbf42d-7a17-4ff5-ad61-8b4bd156659c",
         *       "status": "approvedTransaction"
         *     }
         */
        "cash-approved.schema": {
            ticketNumber: components["schemas"]["ticketNumber"];
            amount: components["schemas"]["amount"];
            metadata: components["schemas"]["cashMetadata"];
            product: components["schemas"]["products"];
            transactionReference: components["schemas"]["transactionReference"];
            created: components["schemas"]["created"];
            smartLink: components["schemas"]["smartLink"];
            contactDetails: components["schemas"]["personContactDetails"];
            token: components["schemas"]["token"];
            publicMerchantId: components["schemas"]["publicMerchantId"];
            /** @description URL of the voucher (receipt) PDF. */
            pdfUrl: string;
            /** @description The voucher PIN the payer takes to a collection point. */
            pin: string;
            merchantId: components["schemas"]["merchantId"];
            /**
             * @description `cash` for cash payments.
             * @constant
             */
            paymentMethod: "cash";
            syncMetadata: components["schemas"]["syncMetadata"];
            id: components["schemas"]["transactionId"];
            /**
             * @description `approvedTransaction`.
             * @constant
             */
            status: "approvedTransaction";
        };
        /**
         * KushkiCashExpired
         * @description The cash voucher expired unpaid: release the goods reserved for it.
         * @example {
         *       "ticketNumber": "2378908457363309",
         *       "amount": {
         *         "subtotalIva0": 0,
         *         "iva": 50,
         *         "subtotalIva": 50,
         *         "currency": "USD"
         *       },
         *       "metadata": {
         *         "firstTime": "0"
         *       },
         *       "product": [
         *         {
         *           "unitPrice": 100,
         *           "quantity": 2,
         *           "name": "runners",
         *           "description": "Tenis"
         *         }
         *       ],
         *       "transactionReference": "e12417f9-ff21-47df-9136-b3e7ccb929bc",
         *       "created": 1678908471189,
         *       "smartLink": "_i_BQiKN7",
         *       "contactDetails": {
         *         "firstName": "John",
         *         "lastName": "Doe",
         *         "documentType": "CC",
         *         "documentNumber": "1000000000",
         *         "email": "john.doe@kushkipagos.com"
         *       },
         *       "token": "41ce3d4a8d3843648124b779e072f9c9",
         *       "publicMerchantId": "883ae5c3d47446d898dddc94dd76076f",
         *       "pdfUrl": "https://api-uat.kushkipagos.com/cash/v1/charges/2378908457363309/receipt",
         *       "pin": "8908465875",
         *       "merchantId": "20000000108692034000",
         *       "paymentMethod": "cash",
         *       "syncMetadata": "false",
         *       "id": "d3774540-46dd-435a-9a9a-de31313e8760",
         *       "status": "expiredTransaction"
         *     }
         */
        "cash-expired.schema": {
            ticketNumber: components["schemas"]["ticketNumber"];
            amount: components["schemas"]["amount"];
            metadata: components["schemas"]["cashMetadata"];
            product: components["schemas"]["products"];
            transactionReference: components["schemas"]["transactionReference"];
            created: components["schemas"]["created"];
            smartLink: components["schemas"]["smartLink"];
            contactDetails: components["schemas"]["personContactDetails"];
            token: components["schemas"]["token"];
            publicMerchantId: components["schemas"]["publicMerchantId"];
            /** @description URL of the voucher (receipt) PDF. */
            pdfUrl: string;
            /** @description The voucher PIN the payer takes to a collection point. */
            pin: string;
            merchantId: components["schemas"]["merchantId"];
            /**
             * @description `cash` for cash payments.
             * @constant
             */
            paymentMethod: "cash";
            syncMetadata: components["schemas"]["syncMetadata"];
            id: components["schemas"]["transactionId"];
            /**
             * @description `expiredTransaction`.
             * @constant
             */
            status: "expiredTransaction";
        };
    };
    responses: {
        /** @description The notification was received. Answer 200 at once, whatever the variant, and process it asynchronously; duplicates must be acknowledged too. */
        Acknowledged: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The signature did not verify. A genuine Kushki delivery never gets this answer from a correct receiver. */
        Rejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description The merchant's Kushki key the notification is sent for. */
        XKushkiKey: string;
        /**
         * @description The delivery timestamp, Unix time in milliseconds, as a string. Part of the signed message.
         * @example 1678902932455
         */
        XKushkiId: string;
        /** @description Lowercase hex HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`, keyed with the merchant's webhook signature secret. */
        XKushkiSignature: string;
        /** @description Lowercase hex HMAC-SHA256 of the `X-Kushki-Id` value, keyed with the same secret. */
        XKushkiSimpleSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    kushkiCardApproved: {
        parameters: {
            query?: never;
            header: {
                /** @description The merchant's Kushki key the notification is sent for. */
                "X-Kushki-Key": components["parameters"]["XKushkiKey"];
                /**
                 * @description The delivery timestamp, Unix time in milliseconds, as a string. Part of the signed message.
                 * @example 1678902932455
                 */
                "X-Kushki-Id": components["parameters"]["XKushkiId"];
                /** @description Lowercase hex HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`, keyed with the merchant's webhook signature secret. */
                "X-Kushki-Signature": components["parameters"]["XKushkiSignature"];
                /** @description Lowercase hex HMAC-SHA256 of the `X-Kushki-Id` value, keyed with the same secret. */
                "X-Kushki-SimpleSignature": components["parameters"]["XKushkiSimpleSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["card-approved.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["Rejected"];
        };
    };
    kushkiCardDeclined: {
        parameters: {
            query?: never;
            header: {
                /** @description The merchant's Kushki key the notification is sent for. */
                "X-Kushki-Key": components["parameters"]["XKushkiKey"];
                /**
                 * @description The delivery timestamp, Unix time in milliseconds, as a string. Part of the signed message.
                 * @example 1678902932455
                 */
                "X-Kushki-Id": components["parameters"]["XKushkiId"];
                /** @description Lowercase hex HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`, keyed with the merchant's webhook signature secret. */
                "X-Kushki-Signature": components["parameters"]["XKushkiSignature"];
                /** @description Lowercase hex HMAC-SHA256 of the `X-Kushki-Id` value, keyed with the same secret. */
                "X-Kushki-SimpleSignature": components["parameters"]["XKushkiSimpleSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["card-declined.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["Rejected"];
        };
    };
    kushkiTransferApproved: {
        parameters: {
            query?: never;
            header: {
                /** @description The merchant's Kushki key the notification is sent for. */
                "X-Kushki-Key": components["parameters"]["XKushkiKey"];
                /**
                 * @description The delivery timestamp, Unix time in milliseconds, as a string. Part of the signed message.
                 * @example 1678902932455
                 */
                "X-Kushki-Id": components["parameters"]["XKushkiId"];
                /** @description Lowercase hex HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`, keyed with the merchant's webhook signature secret. */
                "X-Kushki-Signature": components["parameters"]["XKushkiSignature"];
                /** @description Lowercase hex HMAC-SHA256 of the `X-Kushki-Id` value, keyed with the same secret. */
                "X-Kushki-SimpleSignature": components["parameters"]["XKushkiSimpleSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["transfer-approved.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["Rejected"];
        };
    };
    kushkiTransferDeclined: {
        parameters: {
            query?: never;
            header: {
                /** @description The merchant's Kushki key the notification is sent for. */
                "X-Kushki-Key": components["parameters"]["XKushkiKey"];
                /**
                 * @description The delivery timestamp, Unix time in milliseconds, as a string. Part of the signed message.
                 * @example 1678902932455
                 */
                "X-Kushki-Id": components["parameters"]["XKushkiId"];
                /** @description Lowercase hex HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`, keyed with the merchant's webhook signature secret. */
                "X-Kushki-Signature": components["parameters"]["XKushkiSignature"];
                /** @description Lowercase hex HMAC-SHA256 of the `X-Kushki-Id` value, keyed with the same secret. */
                "X-Kushki-SimpleSignature": components["parameters"]["XKushkiSimpleSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["transfer-declined.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["Rejected"];
        };
    };
    kushkiCashApproved: {
        parameters: {
            query?: never;
            header: {
                /** @description The merchant's Kushki key the notification is sent for. */
                "X-Kushki-Key": components["parameters"]["XKushkiKey"];
                /**
                 * @description The delivery timestamp, Unix time in milliseconds, as a string. Part of the signed message.
                 * @example 1678902932455
                 */
                "X-Kushki-Id": components["parameters"]["XKushkiId"];
                /** @description Lowercase hex HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`, keyed with the merchant's webhook signature secret. */
                "X-Kushki-Signature": components["parameters"]["XKushkiSignature"];
                /** @description Lowercase hex HMAC-SHA256 of the `X-Kushki-Id` value, keyed with the same secret. */
                "X-Kushki-SimpleSignature": components["parameters"]["XKushkiSimpleSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cash-approved.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["Rejected"];
        };
    };
    kushkiCashExpired: {
        parameters: {
            query?: never;
            header: {
                /** @description The merchant's Kushki key the notification is sent for. */
                "X-Kushki-Key": components["parameters"]["XKushkiKey"];
                /**
                 * @description The delivery timestamp, Unix time in milliseconds, as a string. Part of the signed message.
                 * @example 1678902932455
                 */
                "X-Kushki-Id": components["parameters"]["XKushkiId"];
                /** @description Lowercase hex HMAC-SHA256 of `<raw body>.<X-Kushki-Id>`, keyed with the merchant's webhook signature secret. */
                "X-Kushki-Signature": components["parameters"]["XKushkiSignature"];
                /** @description Lowercase hex HMAC-SHA256 of the `X-Kushki-Id` value, keyed with the same secret. */
                "X-Kushki-SimpleSignature": components["parameters"]["XKushkiSimpleSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["cash-expired.schema"];
            };
        };
        responses: {
            200: components["responses"]["Acknowledged"];
            401: components["responses"]["Rejected"];
        };
    };
}
