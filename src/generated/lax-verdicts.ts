// Generated from schemas/ (lax profile) by scripts/lib/emit-verdicts.ts by `npm run generate`: do not edit.

// @ts-nocheck
/* eslint-disable */
import { fullFormats } from './validator-runtime.js';

/** Added to a variant index when `event` must present a normalised divergence in the examples' reading. */
export const OTHER_READING = 0x100;

function found(verdict, index) {
  return verdict === 0 ? -1 : verdict === 1 ? index : index + OTHER_READING;
}
function branch40(v) {
if (!(Array.isArray(v))) return false;
for (let i41 = 0; i41 < v.length; i41++) {
const d42 = v[i41];
if (!((d42 !== null && typeof d42 === "object" && !Array.isArray(d42)))) return false;
const d43 = d42.unitPrice;
if (d43 === undefined) return false;
if (!((typeof d43 === "number" && isFinite(d43)))) return false;
const d44 = d42.quantity;
if (d44 === undefined) return false;
if (!(Number.isInteger(d44))) return false;
const d45 = d42.name;
if (d45 === undefined) return false;
if (!(typeof d45 === "string")) return false;
const d46 = d42.description;
if (d46 !== undefined) {
if (!(typeof d46 === "string")) return false;
}
}
return true;
}
function branch47(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d48 = v.unitPrice;
if (d48 === undefined) return false;
if (!((typeof d48 === "number" && isFinite(d48)))) return false;
const d49 = v.quantity;
if (d49 === undefined) return false;
if (!(Number.isInteger(d49))) return false;
const d50 = v.name;
if (d50 === undefined) return false;
if (!(typeof d50 === "string")) return false;
const d51 = v.description;
if (d51 !== undefined) {
if (!(typeof d51 === "string")) return false;
}
return true;
}
function branch67(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch68(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch80(v) {
if (!(Array.isArray(v))) return false;
for (let i81 = 0; i81 < v.length; i81++) {
const d82 = v[i81];
if (!((d82 !== null && typeof d82 === "object" && !Array.isArray(d82)))) return false;
const d83 = d82.unitPrice;
if (d83 === undefined) return false;
if (!((typeof d83 === "number" && isFinite(d83)))) return false;
const d84 = d82.quantity;
if (d84 === undefined) return false;
if (!(Number.isInteger(d84))) return false;
const d85 = d82.name;
if (d85 === undefined) return false;
if (!(typeof d85 === "string")) return false;
const d86 = d82.description;
if (d86 !== undefined) {
if (!(typeof d86 === "string")) return false;
}
}
return true;
}
function branch87(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d88 = v.unitPrice;
if (d88 === undefined) return false;
if (!((typeof d88 === "number" && isFinite(d88)))) return false;
const d89 = v.quantity;
if (d89 === undefined) return false;
if (!(Number.isInteger(d89))) return false;
const d90 = v.name;
if (d90 === undefined) return false;
if (!(typeof d90 === "string")) return false;
const d91 = v.description;
if (d91 !== undefined) {
if (!(typeof d91 === "string")) return false;
}
return true;
}
function branch107(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch108(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch120(v) {
if (!(Array.isArray(v))) return false;
for (let i121 = 0; i121 < v.length; i121++) {
const d122 = v[i121];
if (!((d122 !== null && typeof d122 === "object" && !Array.isArray(d122)))) return false;
const d123 = d122.unitPrice;
if (d123 === undefined) return false;
if (!((typeof d123 === "number" && isFinite(d123)))) return false;
const d124 = d122.quantity;
if (d124 === undefined) return false;
if (!(Number.isInteger(d124))) return false;
const d125 = d122.name;
if (d125 === undefined) return false;
if (!(typeof d125 === "string")) return false;
const d126 = d122.description;
if (d126 !== undefined) {
if (!(typeof d126 === "string")) return false;
}
}
return true;
}
function branch127(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d128 = v.unitPrice;
if (d128 === undefined) return false;
if (!((typeof d128 === "number" && isFinite(d128)))) return false;
const d129 = v.quantity;
if (d129 === undefined) return false;
if (!(Number.isInteger(d129))) return false;
const d130 = v.name;
if (d130 === undefined) return false;
if (!(typeof d130 === "string")) return false;
const d131 = v.description;
if (d131 !== undefined) {
if (!(typeof d131 === "string")) return false;
}
return true;
}
function branch149(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch150(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch163(v) {
if (!(Array.isArray(v))) return false;
for (let i164 = 0; i164 < v.length; i164++) {
const d165 = v[i164];
if (!((d165 !== null && typeof d165 === "object" && !Array.isArray(d165)))) return false;
const d166 = d165.unitPrice;
if (d166 === undefined) return false;
if (!((typeof d166 === "number" && isFinite(d166)))) return false;
const d167 = d165.quantity;
if (d167 === undefined) return false;
if (!(Number.isInteger(d167))) return false;
const d168 = d165.name;
if (d168 === undefined) return false;
if (!(typeof d168 === "string")) return false;
const d169 = d165.description;
if (d169 !== undefined) {
if (!(typeof d169 === "string")) return false;
}
}
return true;
}
function branch170(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d171 = v.unitPrice;
if (d171 === undefined) return false;
if (!((typeof d171 === "number" && isFinite(d171)))) return false;
const d172 = v.quantity;
if (d172 === undefined) return false;
if (!(Number.isInteger(d172))) return false;
const d173 = v.name;
if (d173 === undefined) return false;
if (!(typeof d173 === "string")) return false;
const d174 = v.description;
if (d174 !== undefined) {
if (!(typeof d174 === "string")) return false;
}
return true;
}
function branch192(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch193(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch207(v) {
if (!(Array.isArray(v))) return false;
for (let i208 = 0; i208 < v.length; i208++) {
const d209 = v[i208];
if (!((d209 !== null && typeof d209 === "object" && !Array.isArray(d209)))) return false;
const d210 = d209.unitPrice;
if (d210 === undefined) return false;
if (!((typeof d210 === "number" && isFinite(d210)))) return false;
const d211 = d209.quantity;
if (d211 === undefined) return false;
if (!(Number.isInteger(d211))) return false;
const d212 = d209.name;
if (d212 === undefined) return false;
if (!(typeof d212 === "string")) return false;
const d213 = d209.description;
if (d213 !== undefined) {
if (!(typeof d213 === "string")) return false;
}
}
return true;
}
function branch214(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d215 = v.unitPrice;
if (d215 === undefined) return false;
if (!((typeof d215 === "number" && isFinite(d215)))) return false;
const d216 = v.quantity;
if (d216 === undefined) return false;
if (!(Number.isInteger(d216))) return false;
const d217 = v.name;
if (d217 === undefined) return false;
if (!(typeof d217 === "string")) return false;
const d218 = v.description;
if (d218 !== undefined) {
if (!(typeof d218 === "string")) return false;
}
return true;
}
function branch237(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch238(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch251(v) {
if (!(Array.isArray(v))) return false;
for (let i252 = 0; i252 < v.length; i252++) {
const d253 = v[i252];
if (!((d253 !== null && typeof d253 === "object" && !Array.isArray(d253)))) return false;
const d254 = d253.unitPrice;
if (d254 === undefined) return false;
if (!((typeof d254 === "number" && isFinite(d254)))) return false;
const d255 = d253.quantity;
if (d255 === undefined) return false;
if (!(Number.isInteger(d255))) return false;
const d256 = d253.name;
if (d256 === undefined) return false;
if (!(typeof d256 === "string")) return false;
const d257 = d253.description;
if (d257 !== undefined) {
if (!(typeof d257 === "string")) return false;
}
}
return true;
}
function branch258(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d259 = v.unitPrice;
if (d259 === undefined) return false;
if (!((typeof d259 === "number" && isFinite(d259)))) return false;
const d260 = v.quantity;
if (d260 === undefined) return false;
if (!(Number.isInteger(d260))) return false;
const d261 = v.name;
if (d261 === undefined) return false;
if (!(typeof d261 === "string")) return false;
const d262 = v.description;
if (d262 !== undefined) {
if (!(typeof d262 === "string")) return false;
}
return true;
}
function branch281(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch282(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
/** KustomIppSessionCreated (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKustomIppSessionCreated(data) {
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d0 = data.id;
if (d0 === undefined) return 0;
if (!(typeof d0 === "string")) return 0;
const d1 = data.merchant_id;
if (d1 === undefined) return 0;
if (!(typeof d1 === "string")) return 0;
const d2 = data.timestamp;
if (d2 === undefined) return 0;
if (!(typeof d2 === "string")) return 0;
const d3 = data.type;
if (d3 === undefined) return 0;
if (d3 !== "ipp.session.created") return 0;
const d4 = data.data;
if (d4 === undefined) return 0;
if (!((d4 !== null && typeof d4 === "object" && !Array.isArray(d4)))) return 0;
const d5 = d4.session_id;
if (d5 === undefined) return 0;
if (!(typeof d5 === "string")) return 0;
const d6 = d4.order_id;
if (d6 === undefined) return 0;
if (!(typeof d6 === "string" || d6 === null)) return 0;
if (typeof d6 === "string" && !fullFormats.uuid.test(d6)) return 0;
const d7 = d4.failure_reason;
if (d7 === undefined) return 0;
if (!(typeof d7 === "string" || d7 === null)) return 0;
return 1;
}
/** KustomIppSessionActivated (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKustomIppSessionActivated(data) {
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d8 = data.id;
if (d8 === undefined) return 0;
if (!(typeof d8 === "string")) return 0;
const d9 = data.merchant_id;
if (d9 === undefined) return 0;
if (!(typeof d9 === "string")) return 0;
const d10 = data.timestamp;
if (d10 === undefined) return 0;
if (!(typeof d10 === "string")) return 0;
const d11 = data.type;
if (d11 === undefined) return 0;
if (d11 !== "ipp.session.activated") return 0;
const d12 = data.data;
if (d12 === undefined) return 0;
if (!((d12 !== null && typeof d12 === "object" && !Array.isArray(d12)))) return 0;
const d13 = d12.session_id;
if (d13 === undefined) return 0;
if (!(typeof d13 === "string")) return 0;
const d14 = d12.order_id;
if (d14 === undefined) return 0;
if (!(typeof d14 === "string" || d14 === null)) return 0;
if (typeof d14 === "string" && !fullFormats.uuid.test(d14)) return 0;
const d15 = d12.failure_reason;
if (d15 === undefined) return 0;
if (!(typeof d15 === "string" || d15 === null)) return 0;
return 1;
}
/** KustomIppSessionFinalized (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKustomIppSessionFinalized(data) {
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d16 = data.id;
if (d16 === undefined) return 0;
if (!(typeof d16 === "string")) return 0;
const d17 = data.merchant_id;
if (d17 === undefined) return 0;
if (!(typeof d17 === "string")) return 0;
const d18 = data.timestamp;
if (d18 === undefined) return 0;
if (!(typeof d18 === "string")) return 0;
const d19 = data.type;
if (d19 === undefined) return 0;
if (d19 !== "ipp.session.finalized") return 0;
const d20 = data.data;
if (d20 === undefined) return 0;
if (!((d20 !== null && typeof d20 === "object" && !Array.isArray(d20)))) return 0;
const d21 = d20.session_id;
if (d21 === undefined) return 0;
if (!(typeof d21 === "string")) return 0;
const d22 = d20.order_id;
if (d22 === undefined) return 0;
if (!(typeof d22 === "string")) return 0;
if (typeof d22 === "string" && !fullFormats.uuid.test(d22)) return 0;
const d23 = d20.failure_reason;
if (d23 === undefined) return 0;
if (!(typeof d23 === "string" || d23 === null)) return 0;
return 1;
}
/** KustomIppSessionCancelled (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKustomIppSessionCancelled(data) {
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d24 = data.id;
if (d24 === undefined) return 0;
if (!(typeof d24 === "string")) return 0;
const d25 = data.merchant_id;
if (d25 === undefined) return 0;
if (!(typeof d25 === "string")) return 0;
const d26 = data.timestamp;
if (d26 === undefined) return 0;
if (!(typeof d26 === "string")) return 0;
const d27 = data.type;
if (d27 === undefined) return 0;
if (d27 !== "ipp.session.cancelled") return 0;
const d28 = data.data;
if (d28 === undefined) return 0;
if (!((d28 !== null && typeof d28 === "object" && !Array.isArray(d28)))) return 0;
const d29 = d28.session_id;
if (d29 === undefined) return 0;
if (!(typeof d29 === "string")) return 0;
const d30 = d28.order_id;
if (d30 === undefined) return 0;
if (!(typeof d30 === "string" || d30 === null)) return 0;
if (typeof d30 === "string" && !fullFormats.uuid.test(d30)) return 0;
const d31 = d28.failure_reason;
if (d31 === undefined) return 0;
if (!(typeof d31 === "string" || d31 === null)) return 0;
return 1;
}
/** KushkiCardApproved (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKushkiCardApproved(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d32 = data.ticketNumber;
if (d32 === undefined) return 0;
if (!(typeof d32 === "string")) return 0;
const d33 = data.amount;
if (d33 === undefined) return 0;
if (!((d33 !== null && typeof d33 === "object" && !Array.isArray(d33)))) return 0;
const d34 = d33.subtotalIva0;
if (d34 === undefined) return 0;
if (!((typeof d34 === "number" && isFinite(d34)))) return 0;
const d35 = d33.iva;
if (d35 === undefined) return 0;
if (!((typeof d35 === "number" && isFinite(d35)))) return 0;
const d36 = d33.subtotalIva;
if (d36 === undefined) return 0;
if (!((typeof d36 === "number" && isFinite(d36)))) return 0;
const d37 = d33.currency;
if (d37 === undefined) return 0;
if (!(typeof d37 === "string")) return 0;
const d38 = data.metadata;
if (d38 === undefined) return 0;
if (!((d38 !== null && typeof d38 === "object" && !Array.isArray(d38)))) return 0;
const d39 = data.product;
if (d39 === undefined) return 0;
if (!(branch40(d39) || branch47(d39))) return 0;
reading52: {
if (!(Array.isArray(d39))) { plain = false; break reading52; }
}
const d53 = data.code;
if (d53 !== undefined) {
if (!(typeof d53 === "string")) return 0;
}
const d54 = data.transactionReference;
if (d54 === undefined) return 0;
if (!(typeof d54 === "string")) return 0;
const d55 = data.created;
if (d55 === undefined) return 0;
if (!((typeof d55 === "number" && isFinite(d55)))) return 0;
reading56: {
if (!(Number.isInteger(d55))) { plain = false; break reading56; }
if (typeof d55 === "number" && (d55 < 1000000000000 || isNaN(d55))) { plain = false; break reading56; }
}
const d57 = data.smartLink;
if (d57 === undefined) return 0;
if (!(typeof d57 === "string")) return 0;
const d58 = data.message;
if (d58 !== undefined) {
if (!(typeof d58 === "string")) return 0;
}
const d59 = data.contactDetails;
if (d59 === undefined) return 0;
if (!((d59 !== null && typeof d59 === "object" && !Array.isArray(d59)))) return 0;
const d60 = d59.email;
if (d60 === undefined) return 0;
if (!(typeof d60 === "string")) return 0;
const d61 = data.token;
if (d61 === undefined) return 0;
if (!(typeof d61 === "string")) return 0;
const d62 = data.publicMerchantId;
if (d62 === undefined) return 0;
if (!(typeof d62 === "string")) return 0;
const d63 = data.transactionType;
if (d63 === undefined) return 0;
if (d63 !== "SALE") return 0;
const d64 = data.merchantId;
if (d64 === undefined) return 0;
if (!(typeof d64 === "string")) return 0;
const d65 = data.paymentMethod;
if (d65 === undefined) return 0;
if (d65 !== "creditCard") return 0;
const d66 = data.syncMetadata;
if (d66 === undefined) return 0;
if (!(branch67(d66) || branch68(d66))) return 0;
reading69: {
if (!(typeof d66 === "string")) { plain = false; break reading69; }
}
const d70 = data.id;
if (d70 === undefined) return 0;
if (!(typeof d70 === "string")) return 0;
const d71 = data.status;
if (d71 === undefined) return 0;
if (d71 !== "approvedTransaction") return 0;
return plain ? 1 : 2;
}
/** KushkiCardDeclined (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKushkiCardDeclined(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d72 = data.ticketNumber;
if (d72 !== undefined) {
if (!(typeof d72 === "string")) return 0;
}
const d73 = data.amount;
if (d73 === undefined) return 0;
if (!((d73 !== null && typeof d73 === "object" && !Array.isArray(d73)))) return 0;
const d74 = d73.subtotalIva0;
if (d74 === undefined) return 0;
if (!((typeof d74 === "number" && isFinite(d74)))) return 0;
const d75 = d73.iva;
if (d75 === undefined) return 0;
if (!((typeof d75 === "number" && isFinite(d75)))) return 0;
const d76 = d73.subtotalIva;
if (d76 === undefined) return 0;
if (!((typeof d76 === "number" && isFinite(d76)))) return 0;
const d77 = d73.currency;
if (d77 === undefined) return 0;
if (!(typeof d77 === "string")) return 0;
const d78 = data.metadata;
if (d78 === undefined) return 0;
if (!((d78 !== null && typeof d78 === "object" && !Array.isArray(d78)))) return 0;
const d79 = data.product;
if (d79 === undefined) return 0;
if (!(branch80(d79) || branch87(d79))) return 0;
reading92: {
if (!(Array.isArray(d79))) { plain = false; break reading92; }
}
const d93 = data.code;
if (d93 === undefined) return 0;
if (!(typeof d93 === "string")) return 0;
const d94 = data.transactionReference;
if (d94 === undefined) return 0;
if (!(typeof d94 === "string")) return 0;
const d95 = data.created;
if (d95 === undefined) return 0;
if (!((typeof d95 === "number" && isFinite(d95)))) return 0;
reading96: {
if (!(Number.isInteger(d95))) { plain = false; break reading96; }
if (typeof d95 === "number" && (d95 < 1000000000000 || isNaN(d95))) { plain = false; break reading96; }
}
const d97 = data.smartLink;
if (d97 === undefined) return 0;
if (!(typeof d97 === "string")) return 0;
const d98 = data.message;
if (d98 === undefined) return 0;
if (!(typeof d98 === "string")) return 0;
const d99 = data.contactDetails;
if (d99 === undefined) return 0;
if (!((d99 !== null && typeof d99 === "object" && !Array.isArray(d99)))) return 0;
const d100 = d99.email;
if (d100 === undefined) return 0;
if (!(typeof d100 === "string")) return 0;
const d101 = data.token;
if (d101 === undefined) return 0;
if (!(typeof d101 === "string")) return 0;
const d102 = data.publicMerchantId;
if (d102 === undefined) return 0;
if (!(typeof d102 === "string")) return 0;
const d103 = data.transactionType;
if (d103 === undefined) return 0;
if (d103 !== "SALE") return 0;
const d104 = data.merchantId;
if (d104 === undefined) return 0;
if (!(typeof d104 === "string")) return 0;
const d105 = data.paymentMethod;
if (d105 === undefined) return 0;
if (d105 !== "creditCard") return 0;
const d106 = data.syncMetadata;
if (d106 === undefined) return 0;
if (!(branch107(d106) || branch108(d106))) return 0;
reading109: {
if (!(typeof d106 === "string")) { plain = false; break reading109; }
}
const d110 = data.id;
if (d110 === undefined) return 0;
if (!(typeof d110 === "string")) return 0;
const d111 = data.status;
if (d111 === undefined) return 0;
if (d111 !== "declinedTransaction") return 0;
return plain ? 1 : 2;
}
/** KushkiTransferApproved (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKushkiTransferApproved(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d112 = data.ticketNumber;
if (d112 === undefined) return 0;
if (!(typeof d112 === "string")) return 0;
const d113 = data.amount;
if (d113 === undefined) return 0;
if (!((d113 !== null && typeof d113 === "object" && !Array.isArray(d113)))) return 0;
const d114 = d113.subtotalIva0;
if (d114 === undefined) return 0;
if (!((typeof d114 === "number" && isFinite(d114)))) return 0;
const d115 = d113.iva;
if (d115 === undefined) return 0;
if (!((typeof d115 === "number" && isFinite(d115)))) return 0;
const d116 = d113.subtotalIva;
if (d116 === undefined) return 0;
if (!((typeof d116 === "number" && isFinite(d116)))) return 0;
const d117 = d113.currency;
if (d117 === undefined) return 0;
if (!(typeof d117 === "string")) return 0;
const d118 = data.metadata;
if (d118 === undefined) return 0;
if (!((d118 !== null && typeof d118 === "object" && !Array.isArray(d118)))) return 0;
const d119 = data.product;
if (d119 === undefined) return 0;
if (!(branch120(d119) || branch127(d119))) return 0;
reading132: {
if (!(Array.isArray(d119))) { plain = false; break reading132; }
}
const d133 = data.redirectUrl;
if (d133 === undefined) return 0;
if (!(typeof d133 === "string")) return 0;
const d134 = data.transactionReference;
if (d134 === undefined) return 0;
if (!(typeof d134 === "string")) return 0;
const d135 = data.created;
if (d135 === undefined) return 0;
if (!((typeof d135 === "number" && isFinite(d135)))) return 0;
reading136: {
if (!(Number.isInteger(d135))) { plain = false; break reading136; }
if (typeof d135 === "number" && (d135 < 1000000000000 || isNaN(d135))) { plain = false; break reading136; }
}
const d137 = data.smartLink;
if (d137 === undefined) return 0;
if (!(typeof d137 === "string")) return 0;
const d138 = data.contactDetails;
if (d138 === undefined) return 0;
if (!((d138 !== null && typeof d138 === "object" && !Array.isArray(d138)))) return 0;
const d139 = d138.firstName;
if (d139 === undefined) return 0;
if (!(typeof d139 === "string")) return 0;
const d140 = d138.lastName;
if (d140 === undefined) return 0;
if (!(typeof d140 === "string")) return 0;
const d141 = d138.documentType;
if (d141 !== undefined) {
if (!(typeof d141 === "string")) return 0;
}
const d142 = d138.documentNumber;
if (d142 !== undefined) {
if (!(typeof d142 === "string")) return 0;
}
const d143 = d138.email;
if (d143 === undefined) return 0;
if (!(typeof d143 === "string")) return 0;
const d144 = data.token;
if (d144 === undefined) return 0;
if (!(typeof d144 === "string")) return 0;
const d145 = data.publicMerchantId;
if (d145 === undefined) return 0;
if (!(typeof d145 === "string")) return 0;
const d146 = data.merchantId;
if (d146 === undefined) return 0;
if (!(typeof d146 === "string")) return 0;
const d147 = data.paymentMethod;
if (d147 === undefined) return 0;
if (d147 !== "transfer") return 0;
const d148 = data.syncMetadata;
if (d148 === undefined) return 0;
if (!(branch149(d148) || branch150(d148))) return 0;
reading151: {
if (!(typeof d148 === "string")) { plain = false; break reading151; }
}
const d152 = data.id;
if (d152 === undefined) return 0;
if (!(typeof d152 === "string")) return 0;
const d153 = data.trazabilityCode;
if (d153 === undefined) return 0;
if (!(typeof d153 === "string")) return 0;
const d154 = data.status;
if (d154 === undefined) return 0;
if (d154 !== "approvedTransaction") return 0;
return plain ? 1 : 2;
}
/** KushkiTransferDeclined (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKushkiTransferDeclined(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d155 = data.ticketNumber;
if (d155 !== undefined) {
if (!(typeof d155 === "string")) return 0;
}
const d156 = data.amount;
if (d156 === undefined) return 0;
if (!((d156 !== null && typeof d156 === "object" && !Array.isArray(d156)))) return 0;
const d157 = d156.subtotalIva0;
if (d157 === undefined) return 0;
if (!((typeof d157 === "number" && isFinite(d157)))) return 0;
const d158 = d156.iva;
if (d158 === undefined) return 0;
if (!((typeof d158 === "number" && isFinite(d158)))) return 0;
const d159 = d156.subtotalIva;
if (d159 === undefined) return 0;
if (!((typeof d159 === "number" && isFinite(d159)))) return 0;
const d160 = d156.currency;
if (d160 === undefined) return 0;
if (!(typeof d160 === "string")) return 0;
const d161 = data.metadata;
if (d161 === undefined) return 0;
if (!((d161 !== null && typeof d161 === "object" && !Array.isArray(d161)))) return 0;
const d162 = data.product;
if (d162 === undefined) return 0;
if (!(branch163(d162) || branch170(d162))) return 0;
reading175: {
if (!(Array.isArray(d162))) { plain = false; break reading175; }
}
const d176 = data.redirectUrl;
if (d176 === undefined) return 0;
if (!(typeof d176 === "string")) return 0;
const d177 = data.transactionReference;
if (d177 === undefined) return 0;
if (!(typeof d177 === "string")) return 0;
const d178 = data.created;
if (d178 === undefined) return 0;
if (!((typeof d178 === "number" && isFinite(d178)))) return 0;
reading179: {
if (!(Number.isInteger(d178))) { plain = false; break reading179; }
if (typeof d178 === "number" && (d178 < 1000000000000 || isNaN(d178))) { plain = false; break reading179; }
}
const d180 = data.smartLink;
if (d180 === undefined) return 0;
if (!(typeof d180 === "string")) return 0;
const d181 = data.contactDetails;
if (d181 === undefined) return 0;
if (!((d181 !== null && typeof d181 === "object" && !Array.isArray(d181)))) return 0;
const d182 = d181.firstName;
if (d182 === undefined) return 0;
if (!(typeof d182 === "string")) return 0;
const d183 = d181.lastName;
if (d183 === undefined) return 0;
if (!(typeof d183 === "string")) return 0;
const d184 = d181.documentType;
if (d184 !== undefined) {
if (!(typeof d184 === "string")) return 0;
}
const d185 = d181.documentNumber;
if (d185 !== undefined) {
if (!(typeof d185 === "string")) return 0;
}
const d186 = d181.email;
if (d186 === undefined) return 0;
if (!(typeof d186 === "string")) return 0;
const d187 = data.token;
if (d187 === undefined) return 0;
if (!(typeof d187 === "string")) return 0;
const d188 = data.publicMerchantId;
if (d188 === undefined) return 0;
if (!(typeof d188 === "string")) return 0;
const d189 = data.merchantId;
if (d189 === undefined) return 0;
if (!(typeof d189 === "string")) return 0;
const d190 = data.paymentMethod;
if (d190 === undefined) return 0;
if (d190 !== "transfer") return 0;
const d191 = data.syncMetadata;
if (d191 === undefined) return 0;
if (!(branch192(d191) || branch193(d191))) return 0;
reading194: {
if (!(typeof d191 === "string")) { plain = false; break reading194; }
}
const d195 = data.id;
if (d195 === undefined) return 0;
if (!(typeof d195 === "string")) return 0;
const d196 = data.trazabilityCode;
if (d196 !== undefined) {
if (!(typeof d196 === "string")) return 0;
}
const d197 = data.status;
if (d197 === undefined) return 0;
if (d197 !== "declinedTransaction") return 0;
return plain ? 1 : 2;
}
/** KushkiCashApproved (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKushkiCashApproved(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d198 = data.ticketNumber;
if (d198 === undefined) return 0;
if (!(typeof d198 === "string")) return 0;
const d199 = data.amount;
if (d199 === undefined) return 0;
if (!((d199 !== null && typeof d199 === "object" && !Array.isArray(d199)))) return 0;
const d200 = d199.subtotalIva0;
if (d200 === undefined) return 0;
if (!((typeof d200 === "number" && isFinite(d200)))) return 0;
const d201 = d199.iva;
if (d201 === undefined) return 0;
if (!((typeof d201 === "number" && isFinite(d201)))) return 0;
const d202 = d199.subtotalIva;
if (d202 === undefined) return 0;
if (!((typeof d202 === "number" && isFinite(d202)))) return 0;
const d203 = d199.currency;
if (d203 === undefined) return 0;
if (!(typeof d203 === "string")) return 0;
const d204 = data.metadata;
if (d204 === undefined) return 0;
if (!((d204 !== null && typeof d204 === "object" && !Array.isArray(d204)))) return 0;
const d205 = d204.firstTime;
if (d205 !== undefined) {
if (!(typeof d205 === "string")) return 0;
}
const d206 = data.product;
if (d206 === undefined) return 0;
if (!(branch207(d206) || branch214(d206))) return 0;
reading219: {
if (!(Array.isArray(d206))) { plain = false; break reading219; }
}
const d220 = data.transactionReference;
if (d220 === undefined) return 0;
if (!(typeof d220 === "string")) return 0;
const d221 = data.created;
if (d221 === undefined) return 0;
if (!((typeof d221 === "number" && isFinite(d221)))) return 0;
reading222: {
if (!(Number.isInteger(d221))) { plain = false; break reading222; }
if (typeof d221 === "number" && (d221 < 1000000000000 || isNaN(d221))) { plain = false; break reading222; }
}
const d223 = data.smartLink;
if (d223 === undefined) return 0;
if (!(typeof d223 === "string")) return 0;
const d224 = data.contactDetails;
if (d224 === undefined) return 0;
if (!((d224 !== null && typeof d224 === "object" && !Array.isArray(d224)))) return 0;
const d225 = d224.firstName;
if (d225 === undefined) return 0;
if (!(typeof d225 === "string")) return 0;
const d226 = d224.lastName;
if (d226 === undefined) return 0;
if (!(typeof d226 === "string")) return 0;
const d227 = d224.documentType;
if (d227 !== undefined) {
if (!(typeof d227 === "string")) return 0;
}
const d228 = d224.documentNumber;
if (d228 !== undefined) {
if (!(typeof d228 === "string")) return 0;
}
const d229 = d224.email;
if (d229 === undefined) return 0;
if (!(typeof d229 === "string")) return 0;
const d230 = data.token;
if (d230 === undefined) return 0;
if (!(typeof d230 === "string")) return 0;
const d231 = data.publicMerchantId;
if (d231 === undefined) return 0;
if (!(typeof d231 === "string")) return 0;
const d232 = data.pdfUrl;
if (d232 === undefined) return 0;
if (!(typeof d232 === "string")) return 0;
const d233 = data.pin;
if (d233 === undefined) return 0;
if (!(typeof d233 === "string")) return 0;
const d234 = data.merchantId;
if (d234 === undefined) return 0;
if (!(typeof d234 === "string")) return 0;
const d235 = data.paymentMethod;
if (d235 === undefined) return 0;
if (d235 !== "cash") return 0;
const d236 = data.syncMetadata;
if (d236 === undefined) return 0;
if (!(branch237(d236) || branch238(d236))) return 0;
reading239: {
if (!(typeof d236 === "string")) { plain = false; break reading239; }
}
const d240 = data.id;
if (d240 === undefined) return 0;
if (!(typeof d240 === "string")) return 0;
const d241 = data.status;
if (d241 === undefined) return 0;
if (d241 !== "approvedTransaction") return 0;
return plain ? 1 : 2;
}
/** KushkiCashExpired (default profile): 0 invalid, 1 valid, 2 valid with a normalised divergence in the documents' other reading. */
export function checkKushkiCashExpired(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return 0;
const d242 = data.ticketNumber;
if (d242 === undefined) return 0;
if (!(typeof d242 === "string")) return 0;
const d243 = data.amount;
if (d243 === undefined) return 0;
if (!((d243 !== null && typeof d243 === "object" && !Array.isArray(d243)))) return 0;
const d244 = d243.subtotalIva0;
if (d244 === undefined) return 0;
if (!((typeof d244 === "number" && isFinite(d244)))) return 0;
const d245 = d243.iva;
if (d245 === undefined) return 0;
if (!((typeof d245 === "number" && isFinite(d245)))) return 0;
const d246 = d243.subtotalIva;
if (d246 === undefined) return 0;
if (!((typeof d246 === "number" && isFinite(d246)))) return 0;
const d247 = d243.currency;
if (d247 === undefined) return 0;
if (!(typeof d247 === "string")) return 0;
const d248 = data.metadata;
if (d248 === undefined) return 0;
if (!((d248 !== null && typeof d248 === "object" && !Array.isArray(d248)))) return 0;
const d249 = d248.firstTime;
if (d249 !== undefined) {
if (!(typeof d249 === "string")) return 0;
}
const d250 = data.product;
if (d250 === undefined) return 0;
if (!(branch251(d250) || branch258(d250))) return 0;
reading263: {
if (!(Array.isArray(d250))) { plain = false; break reading263; }
}
const d264 = data.transactionReference;
if (d264 === undefined) return 0;
if (!(typeof d264 === "string")) return 0;
const d265 = data.created;
if (d265 === undefined) return 0;
if (!((typeof d265 === "number" && isFinite(d265)))) return 0;
reading266: {
if (!(Number.isInteger(d265))) { plain = false; break reading266; }
if (typeof d265 === "number" && (d265 < 1000000000000 || isNaN(d265))) { plain = false; break reading266; }
}
const d267 = data.smartLink;
if (d267 === undefined) return 0;
if (!(typeof d267 === "string")) return 0;
const d268 = data.contactDetails;
if (d268 === undefined) return 0;
if (!((d268 !== null && typeof d268 === "object" && !Array.isArray(d268)))) return 0;
const d269 = d268.firstName;
if (d269 === undefined) return 0;
if (!(typeof d269 === "string")) return 0;
const d270 = d268.lastName;
if (d270 === undefined) return 0;
if (!(typeof d270 === "string")) return 0;
const d271 = d268.documentType;
if (d271 !== undefined) {
if (!(typeof d271 === "string")) return 0;
}
const d272 = d268.documentNumber;
if (d272 !== undefined) {
if (!(typeof d272 === "string")) return 0;
}
const d273 = d268.email;
if (d273 === undefined) return 0;
if (!(typeof d273 === "string")) return 0;
const d274 = data.token;
if (d274 === undefined) return 0;
if (!(typeof d274 === "string")) return 0;
const d275 = data.publicMerchantId;
if (d275 === undefined) return 0;
if (!(typeof d275 === "string")) return 0;
const d276 = data.pdfUrl;
if (d276 === undefined) return 0;
if (!(typeof d276 === "string")) return 0;
const d277 = data.pin;
if (d277 === undefined) return 0;
if (!(typeof d277 === "string")) return 0;
const d278 = data.merchantId;
if (d278 === undefined) return 0;
if (!(typeof d278 === "string")) return 0;
const d279 = data.paymentMethod;
if (d279 === undefined) return 0;
if (d279 !== "cash") return 0;
const d280 = data.syncMetadata;
if (d280 === undefined) return 0;
if (!(branch281(d280) || branch282(d280))) return 0;
reading283: {
if (!(typeof d280 === "string")) { plain = false; break reading283; }
}
const d284 = data.id;
if (d284 === undefined) return 0;
if (!(typeof d284 === "string")) return 0;
const d285 = data.status;
if (d285 === undefined) return 0;
if (d285 !== "expiredTransaction") return 0;
return plain ? 1 : 2;
}
/** The index in `variantCatalogue` of the kustom variant its type name, plus OTHER_READING where it applies, if the payload is valid against it; else -1. */
export function kustomVariantIndex(type, data) {
if (typeof type === "string") {
switch (type.charCodeAt(13)) {
case 114: // ipp.session.created
return found(checkKustomIppSessionCreated(data), 0);
case 99: // ipp.session.activated
return found(checkKustomIppSessionActivated(data), 1);
case 105: // ipp.session.finalized
return found(checkKustomIppSessionFinalized(data), 2);
case 97: // ipp.session.cancelled
return found(checkKustomIppSessionCancelled(data), 3);
}
}
return -1;
}
/** The index in `variantCatalogue` of the kushki variant its paymentMethod and status name, plus OTHER_READING where it applies, if the payload is valid against it; else -1. */
export function kushkiVariantIndex(paymentMethod, status, data) {
if (typeof paymentMethod === "string") {
switch (paymentMethod.charCodeAt(2)) {
case 101: // creditCard
if (typeof status === "string") {
switch (status.charCodeAt(0)) {
case 97: // approvedTransaction
return found(checkKushkiCardApproved(data), 4);
case 100: // declinedTransaction
return found(checkKushkiCardDeclined(data), 5);
}
}
break;
case 97: // transfer
if (typeof status === "string") {
switch (status.charCodeAt(0)) {
case 97: // approvedTransaction
return found(checkKushkiTransferApproved(data), 6);
case 100: // declinedTransaction
return found(checkKushkiTransferDeclined(data), 7);
}
}
break;
case 115: // cash
if (typeof status === "string") {
switch (status.charCodeAt(0)) {
case 97: // approvedTransaction
return found(checkKushkiCashApproved(data), 8);
case 101: // expiredTransaction
return found(checkKushkiCashExpired(data), 9);
}
}
break;
}
}
return -1;
}
