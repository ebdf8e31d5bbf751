// Generated from schemas/ (x-hookproof) by `npm run generate`: do not edit.

import type { KustomIppSessionCreated, KustomIppSessionActivated, KustomIppSessionFinalized, KustomIppSessionCancelled, KushkiCardApproved, KushkiCardDeclined, KushkiTransferApproved, KushkiTransferDeclined, KushkiCashApproved, KushkiCashExpired } from './schema-types.js';

export const variantCatalogue = [
  {
    "id": "kustom.ipp.session.created",
    "provider": "kustom",
    "event": "ipp.session.created",
    "status": null,
    "trigger": "Session created and push notification sent to device (async).",
    "terminal": false,
    "description": "The session exists and the device has been asked to start it. Nothing to do yet: keep the `session_id` and wait for `activated`.",
    "typeName": "KustomIppSessionCreated",
    "schemaId": "https://hookproof.dev/schemas/kustom/ipp-session-created.schema.json",
    "schemaPath": "schemas/kustom/ipp-session-created.schema.json",
    "match": {
      "type": "ipp.session.created"
    },
    "misspellings": []
  },
  {
    "id": "kustom.ipp.session.activated",
    "provider": "kustom",
    "event": "ipp.session.activated",
    "status": null,
    "trigger": "Clerk selected payment method on device.",
    "terminal": false,
    "description": "The clerk chose a payment method on the device; the customer is paying. No order exists yet.",
    "typeName": "KustomIppSessionActivated",
    "schemaId": "https://hookproof.dev/schemas/kustom/ipp-session-activated.schema.json",
    "schemaPath": "schemas/kustom/ipp-session-activated.schema.json",
    "match": {
      "type": "ipp.session.activated"
    },
    "misspellings": []
  },
  {
    "id": "kustom.ipp.session.finalized",
    "provider": "kustom",
    "event": "ipp.session.finalized",
    "status": null,
    "trigger": "Session collected and finalized.",
    "terminal": true,
    "description": "Terminal. The payment was collected and an order exists in Kustom Order Management under `data.order_id`: store it to capture, refund or cancel the payment.",
    "typeName": "KustomIppSessionFinalized",
    "schemaId": "https://hookproof.dev/schemas/kustom/ipp-session-finalized.schema.json",
    "schemaPath": "schemas/kustom/ipp-session-finalized.schema.json",
    "match": {
      "type": "ipp.session.finalized"
    },
    "misspellings": [
      "ipp.payment.finalized"
    ]
  },
  {
    "id": "kustom.ipp.session.cancelled",
    "provider": "kustom",
    "event": "ipp.session.cancelled",
    "status": null,
    "trigger": "Session cancelled by clerk or merchant backend.",
    "terminal": true,
    "description": "Terminal. The session was cancelled (by the clerk on the device or by the merchant backend through `PUT /ipp/v1/sessions/{id}/cancel`); no order was created.",
    "typeName": "KustomIppSessionCancelled",
    "schemaId": "https://hookproof.dev/schemas/kustom/ipp-session-cancelled.schema.json",
    "schemaPath": "schemas/kustom/ipp-session-cancelled.schema.json",
    "match": {
      "type": "ipp.session.cancelled"
    },
    "misspellings": []
  },
  {
    "id": "kushki.card.approved",
    "provider": "kushki",
    "event": "creditCard",
    "status": "approvedTransaction",
    "trigger": "A card payment made through a Payment Button smart link was approved.",
    "terminal": true,
    "description": "The card payment was approved: fulfil the order identified by `smartLink`/`transactionReference`.",
    "typeName": "KushkiCardApproved",
    "schemaId": "https://hookproof.dev/schemas/kushki/card-approved.schema.json",
    "schemaPath": "schemas/kushki/card-approved.schema.json",
    "match": {
      "paymentMethod": "creditCard",
      "status": "approvedTransaction"
    },
    "misspellings": []
  },
  {
    "id": "kushki.card.declined",
    "provider": "kushki",
    "event": "creditCard",
    "status": "declinedTransaction",
    "trigger": "A card payment made through a Payment Button smart link was declined.",
    "terminal": true,
    "description": "The card payment was declined. `code` and `message` say why (`017`, \"Transacción declinada.\"). No `ticketNumber` is sent.",
    "typeName": "KushkiCardDeclined",
    "schemaId": "https://hookproof.dev/schemas/kushki/card-declined.schema.json",
    "schemaPath": "schemas/kushki/card-declined.schema.json",
    "match": {
      "paymentMethod": "creditCard",
      "status": "declinedTransaction"
    },
    "misspellings": []
  },
  {
    "id": "kushki.transfer.approved",
    "provider": "kushki",
    "event": "transfer",
    "status": "approvedTransaction",
    "trigger": "The payer completed the wire transfer and the bank confirmed it.",
    "terminal": true,
    "description": "The wire transfer was approved; `trazabilityCode` is the bank's traceability code.",
    "typeName": "KushkiTransferApproved",
    "schemaId": "https://hookproof.dev/schemas/kushki/transfer-approved.schema.json",
    "schemaPath": "schemas/kushki/transfer-approved.schema.json",
    "match": {
      "paymentMethod": "transfer",
      "status": "approvedTransaction"
    },
    "misspellings": []
  },
  {
    "id": "kushki.transfer.declined",
    "provider": "kushki",
    "event": "transfer",
    "status": "declinedTransaction",
    "trigger": "The wire transfer was rejected or not completed.",
    "terminal": true,
    "description": "The wire transfer was declined. No `ticketNumber` and no `trazabilityCode` are sent.",
    "typeName": "KushkiTransferDeclined",
    "schemaId": "https://hookproof.dev/schemas/kushki/transfer-declined.schema.json",
    "schemaPath": "schemas/kushki/transfer-declined.schema.json",
    "match": {
      "paymentMethod": "transfer",
      "status": "declinedTransaction"
    },
    "misspellings": []
  },
  {
    "id": "kushki.cash.approved",
    "provider": "kushki",
    "event": "cash",
    "status": "approvedTransaction",
    "trigger": "The payer paid the cash voucher (`pin`) at a collection point.",
    "terminal": true,
    "description": "The cash payment was collected.",
    "typeName": "KushkiCashApproved",
    "schemaId": "https://hookproof.dev/schemas/kushki/cash-approved.schema.json",
    "schemaPath": "schemas/kushki/cash-approved.schema.json",
    "match": {
      "paymentMethod": "cash",
      "status": "approvedTransaction"
    },
    "misspellings": []
  },
  {
    "id": "kushki.cash.expired",
    "provider": "kushki",
    "event": "cash",
    "status": "expiredTransaction",
    "trigger": "The cash voucher expired without being paid.",
    "terminal": true,
    "description": "The cash voucher expired unpaid: release the goods reserved for it.",
    "typeName": "KushkiCashExpired",
    "schemaId": "https://hookproof.dev/schemas/kushki/cash-expired.schema.json",
    "schemaPath": "schemas/kushki/cash-expired.schema.json",
    "match": {
      "paymentMethod": "cash",
      "status": "expiredTransaction"
    },
    "misspellings": []
  }
] as const;

/** Kustom event types that share the IPP endpoint but are not catalogue variants: acknowledge them with 200. */
export const kustomOtherEventTypes = ["order.created","capture.created","refund.created","dispute.created","dispute.updated","ipp.payment.failed"] as const;

/**
 * The example payloads of every variant, verbatim from its schema: the provider documents' own where
 * they show one (`source: 'documents'`), written by hookproof where they do not.
 */
export const variantExamples = [
  {
    "variant": "kustom.ipp.session.created",
    "source": "hookproof",
    "payload": {
      "id": "kevt_3NwQe8TbcV1xYk2Lm0PqRs",
      "merchant_id": "DM11917000",
      "timestamp": "2026-06-05T18:37:12.104583301Z",
      "type": "ipp.session.created",
      "data": {
        "session_id": "c749c48d-df11-4ae3-8e5f-2c8491b16214",
        "order_id": null,
        "failure_reason": null
      }
    }
  },
  {
    "variant": "kustom.ipp.session.activated",
    "source": "documents",
    "payload": {
      "id": "kevt_754uIatTW0hmi10Gggqe2H",
      "merchant_id": "DM11917000",
      "timestamp": "2026-06-05T18:37:41.232733416Z",
      "type": "ipp.session.activated",
      "data": {
        "session_id": "c749c48d-df11-4ae3-8e5f-2c8491b16214",
        "order_id": null,
        "failure_reason": null
      }
    }
  },
  {
    "variant": "kustom.ipp.session.finalized",
    "source": "documents",
    "payload": {
      "id": "kevt_62EvxyMEaAaHSGeoDTza47",
      "merchant_id": "DM11917000",
      "timestamp": "2026-06-05T18:33:39.608920367Z",
      "type": "ipp.session.finalized",
      "data": {
        "session_id": "dc01aa86-fb99-4d05-97dc-e79a22650f9a",
        "order_id": "ccf4e76a-f56d-4d3a-abf9-f4fe941f0a1f",
        "failure_reason": null
      }
    }
  },
  {
    "variant": "kustom.ipp.session.cancelled",
    "source": "hookproof",
    "payload": {
      "id": "kevt_7hGfR2sJkL9mNpQ4tUvW1x",
      "merchant_id": "DM11917000",
      "timestamp": "2026-06-05T18:38:02.517904122Z",
      "type": "ipp.session.cancelled",
      "data": {
        "session_id": "c749c48d-df11-4ae3-8e5f-2c8491b16214",
        "order_id": null,
        "failure_reason": null
      }
    }
  },
  {
    "variant": "kushki.card.approved",
    "source": "documents",
    "payload": {
      "ticketNumber": "672148913082649091",
      "amount": {
        "subtotalIva0": 0,
        "iva": 50,
        "subtotalIva": 50,
        "currency": "USD"
      },
      "metadata": {},
      "product": [
        {
          "unitPrice": 100,
          "quantity": 2,
          "name": "runners",
          "description": "Tenis"
        }
      ],
      "transactionReference": "b38e51f3-b5aa-4700-8670-91e2fce51004",
      "created": 1678902932120,
      "smartLink": "nL_JmVeTk",
      "contactDetails": {
        "email": "john.doe@kushkipagos.com"
      },
      "token": "d23507a568af477893fa0d298fd97b50",
      "publicMerchantId": "883ae5c3d47446d898dddc94dd76076f",
      "transactionType": "SALE",
      "merchantId": "20000000108692034000",
      "paymentMethod": "creditCard",
      "syncMetadata": "false",
      "id": "a79cc9ff-82ec-44ea-9653-694bfa0b9a46",
      "status": "approvedTransaction"
    }
  },
  {
    "variant": "kushki.card.declined",
    "source": "documents",
    "payload": {
      "amount": {
        "subtotalIva0": 0,
        "iva": 50,
        "subtotalIva": 50,
        "currency": "USD"
      },
      "metadata": {},
      "product": [
        {
          "unitPrice": 100,
          "quantity": 2,
          "name": "runners",
          "description": "Tenis"
        }
      ],
      "code": "017",
      "transactionReference": "ad3059f0-2795-4058-8fe0-2d96faa0de77",
      "created": 1678903213705,
      "smartLink": "WjPYmv_lz",
      "message": "Transacción declinada.",
      "contactDetails": {
        "email": "john.doe@kushkipagos.com"
      },
      "token": "13e4ac80714e4f98a12095d91cfa8b8f",
      "publicMerchantId": "883ae5c3d47446d898dddc94dd76076f",
      "transactionType": "SALE",
      "merchantId": "20000000108692034000",
      "paymentMethod": "creditCard",
      "syncMetadata": "true",
      "id": "5bdc0899-4baa-4b2a-9452-69d8504baaad",
      "status": "declinedTransaction"
    }
  },
  {
    "variant": "kushki.transfer.approved",
    "source": "documents",
    "payload": {
      "ticketNumber": "8903880459904381",
      "amount": {
        "subtotalIva0": 0,
        "iva": 500,
        "subtotalIva": 500,
        "currency": "MXN"
      },
      "metadata": {},
      "product": [
        {
          "unitPrice": 1000,
          "quantity": 2,
          "name": "runners",
          "description": "Tenis"
        }
      ],
      "redirectUrl": "https://api-uat.kushkipagos.com/transfer/v1/agent?token=4e14347df70d4744b09ff9a6483e80a6&mid=20000000104096460000",
      "transactionReference": "6659910b-936e-4842-826f-82b0433af540",
      "created": 1678903884347,
      "smartLink": "cvIrvtx2j",
      "contactDetails": {
        "firstName": "John",
        "lastName": "Doe",
        "email": "john.doe@kushkipagos.com"
      },
      "token": "4e14347df70d4744b09ff9a6483e80a6",
      "publicMerchantId": "ef31f04f2c364080bd33162bfb360c81",
      "merchantId": "20000000104096460000",
      "paymentMethod": "transfer",
      "syncMetadata": "false",
      "id": "a277e170-3241-4e27-8d22-e21f66b879d4",
      "trazabilityCode": "564988596",
      "status": "approvedTransaction"
    }
  },
  {
    "variant": "kushki.transfer.declined",
    "source": "documents",
    "payload": {
      "amount": {
        "subtotalIva0": 0,
        "iva": 500,
        "subtotalIva": 500,
        "currency": "CLP"
      },
      "metadata": {},
      "product": [
        {
          "unitPrice": 1000,
          "quantity": 2,
          "name": "runners",
          "description": "Tenis"
        }
      ],
      "redirectUrl": "https://api-uat.kushkipagos.com/transfer/v1/agent?token=43de2759fab14dd190b55edf2c656744&mid=20000000104903344000",
      "transactionReference": "8c9f3399-3ecc-460f-b299-25b44f5c86cb",
      "created": 1678904120979,
      "smartLink": "niKEcpftR",
      "contactDetails": {
        "firstName": "John",
        "lastName": "Doe",
        "documentType": "CC",
        "documentNumber": "123456789",
        "email": "john.doe@kushkipagos.com"
      },
      "token": "43de2759fab14dd190b55edf2c656744",
      "publicMerchantId": "e704812858d7464db163b0a24f2e379f",
      "merchantId": "20000000104903344000",
      "paymentMethod": "transfer",
      "syncMetadata": "false",
      "id": "6d4abd76-c21c-42cb-a7b7-30b3b25cef0b",
      "status": "declinedTransaction"
    }
  },
  {
    "variant": "kushki.cash.approved",
    "source": "documents",
    "payload": {
      "ticketNumber": "2378903288609109",
      "amount": {
        "subtotalIva0": 0,
        "iva": 50,
        "subtotalIva": 50,
        "currency": "USD"
      },
      "metadata": {
        "firstTime": "0"
      },
      "product": [
        {
          "unitPrice": 100,
          "quantity": 2,
          "name": "runners",
          "description": "Tenis"
        }
      ],
      "transactionReference": "225405a4-c300-4ea6-9952-406e0efcc5ee",
      "created": 1678903302137,
      "smartLink": "2aLhypwTL",
      "contactDetails": {
        "firstName": "John",
        "lastName": "Doe",
        "documentType": "CC",
        "documentNumber": "123456789",
        "email": "john.doe@kushkipagos.com"
      },
      "token": "2bb63390d18e4475adc4f8f0730f84f2",
      "publicMerchantId": "883ae5c3d47446d898dddc94dd76076f",
      "pdfUrl": "https://api-uat.kushkipagos.com/cash/v1/charges/2378903288609109/receipt",
      "pin": "8903296880",
      "merchantId": "20000000108692034000",
      "paymentMethod": "cash",
      "syncMetadata": "false",
      "id": "69bbf42d-7a17-4ff5-ad61-8b4bd156659c",
      "status": "approvedTransaction"
    }
  },
  {
    "variant": "kushki.cash.expired",
    "source": "documents",
    "payload": {
      "ticketNumber": "2378908457363309",
      "amount": {
        "subtotalIva0": 0,
        "iva": 50,
        "subtotalIva": 50,
        "currency": "USD"
      },
      "metadata": {
        "firstTime": "0"
      },
      "product": [
        {
          "unitPrice": 100,
          "quantity": 2,
          "name": "runners",
          "description": "Tenis"
        }
      ],
      "transactionReference": "e12417f9-ff21-47df-9136-b3e7ccb929bc",
      "created": 1678908471189,
      "smartLink": "_i_BQiKN7",
      "contactDetails": {
        "firstName": "John",
        "lastName": "Doe",
        "documentType": "CC",
        "documentNumber": "1000000000",
        "email": "john.doe@kushkipagos.com"
      },
      "token": "41ce3d4a8d3843648124b779e072f9c9",
      "publicMerchantId": "883ae5c3d47446d898dddc94dd76076f",
      "pdfUrl": "https://api-uat.kushkipagos.com/cash/v1/charges/2378908457363309/receipt",
      "pin": "8908465875",
      "merchantId": "20000000108692034000",
      "paymentMethod": "cash",
      "syncMetadata": "false",
      "id": "d3774540-46dd-435a-9a9a-de31313e8760",
      "status": "expiredTransaction"
    }
  }
] as const;

/** The payload type of each catalogue variant, by variant id. */
export interface WebhookByVariant {
  'kustom.ipp.session.created': KustomIppSessionCreated;
  'kustom.ipp.session.activated': KustomIppSessionActivated;
  'kustom.ipp.session.finalized': KustomIppSessionFinalized;
  'kustom.ipp.session.cancelled': KustomIppSessionCancelled;
  'kushki.card.approved': KushkiCardApproved;
  'kushki.card.declined': KushkiCardDeclined;
  'kushki.transfer.approved': KushkiTransferApproved;
  'kushki.transfer.declined': KushkiTransferDeclined;
  'kushki.cash.approved': KushkiCashApproved;
  'kushki.cash.expired': KushkiCashExpired;
}
