// Generated from schemas/ (lax profile) by scripts/lib/emit-verdicts.ts by `npm run generate`: do not edit.

// @ts-nocheck
/* eslint-disable */
import { fullFormats } from './validator-runtime.js';

/** Added to a variant index when `event` must present a normalised divergence in the examples' reading. */
export const OTHER_READING = 0x100;

function branch16(v) {
if (!(Array.isArray(v))) return false;
for (let i17 = 0; i17 < v.length; i17++) {
const d18 = v[i17];
if (!((d18 !== null && typeof d18 === "object" && !Array.isArray(d18)))) return false;
const d19 = d18.unitPrice;
if (!((typeof d19 === "number" && isFinite(d19)))) return false;
const d20 = d18.quantity;
if (!(Number.isInteger(d20))) return false;
const d21 = d18.name;
if (!(typeof d21 === "string")) return false;
const d22 = d18.description;
if (d22 !== undefined) {
if (!(typeof d22 === "string")) return false;
}
}
return true;
}
function branch23(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d24 = v.unitPrice;
if (!((typeof d24 === "number" && isFinite(d24)))) return false;
const d25 = v.quantity;
if (!(Number.isInteger(d25))) return false;
const d26 = v.name;
if (!(typeof d26 === "string")) return false;
const d27 = v.description;
if (d27 !== undefined) {
if (!(typeof d27 === "string")) return false;
}
return true;
}
function branch43(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch44(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch56(v) {
if (!(Array.isArray(v))) return false;
for (let i57 = 0; i57 < v.length; i57++) {
const d58 = v[i57];
if (!((d58 !== null && typeof d58 === "object" && !Array.isArray(d58)))) return false;
const d59 = d58.unitPrice;
if (!((typeof d59 === "number" && isFinite(d59)))) return false;
const d60 = d58.quantity;
if (!(Number.isInteger(d60))) return false;
const d61 = d58.name;
if (!(typeof d61 === "string")) return false;
const d62 = d58.description;
if (d62 !== undefined) {
if (!(typeof d62 === "string")) return false;
}
}
return true;
}
function branch63(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d64 = v.unitPrice;
if (!((typeof d64 === "number" && isFinite(d64)))) return false;
const d65 = v.quantity;
if (!(Number.isInteger(d65))) return false;
const d66 = v.name;
if (!(typeof d66 === "string")) return false;
const d67 = v.description;
if (d67 !== undefined) {
if (!(typeof d67 === "string")) return false;
}
return true;
}
function branch83(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch84(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch96(v) {
if (!(Array.isArray(v))) return false;
for (let i97 = 0; i97 < v.length; i97++) {
const d98 = v[i97];
if (!((d98 !== null && typeof d98 === "object" && !Array.isArray(d98)))) return false;
const d99 = d98.unitPrice;
if (!((typeof d99 === "number" && isFinite(d99)))) return false;
const d100 = d98.quantity;
if (!(Number.isInteger(d100))) return false;
const d101 = d98.name;
if (!(typeof d101 === "string")) return false;
const d102 = d98.description;
if (d102 !== undefined) {
if (!(typeof d102 === "string")) return false;
}
}
return true;
}
function branch103(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d104 = v.unitPrice;
if (!((typeof d104 === "number" && isFinite(d104)))) return false;
const d105 = v.quantity;
if (!(Number.isInteger(d105))) return false;
const d106 = v.name;
if (!(typeof d106 === "string")) return false;
const d107 = v.description;
if (d107 !== undefined) {
if (!(typeof d107 === "string")) return false;
}
return true;
}
function branch125(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch126(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch139(v) {
if (!(Array.isArray(v))) return false;
for (let i140 = 0; i140 < v.length; i140++) {
const d141 = v[i140];
if (!((d141 !== null && typeof d141 === "object" && !Array.isArray(d141)))) return false;
const d142 = d141.unitPrice;
if (!((typeof d142 === "number" && isFinite(d142)))) return false;
const d143 = d141.quantity;
if (!(Number.isInteger(d143))) return false;
const d144 = d141.name;
if (!(typeof d144 === "string")) return false;
const d145 = d141.description;
if (d145 !== undefined) {
if (!(typeof d145 === "string")) return false;
}
}
return true;
}
function branch146(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d147 = v.unitPrice;
if (!((typeof d147 === "number" && isFinite(d147)))) return false;
const d148 = v.quantity;
if (!(Number.isInteger(d148))) return false;
const d149 = v.name;
if (!(typeof d149 === "string")) return false;
const d150 = v.description;
if (d150 !== undefined) {
if (!(typeof d150 === "string")) return false;
}
return true;
}
function branch168(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch169(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch183(v) {
if (!(Array.isArray(v))) return false;
for (let i184 = 0; i184 < v.length; i184++) {
const d185 = v[i184];
if (!((d185 !== null && typeof d185 === "object" && !Array.isArray(d185)))) return false;
const d186 = d185.unitPrice;
if (!((typeof d186 === "number" && isFinite(d186)))) return false;
const d187 = d185.quantity;
if (!(Number.isInteger(d187))) return false;
const d188 = d185.name;
if (!(typeof d188 === "string")) return false;
const d189 = d185.description;
if (d189 !== undefined) {
if (!(typeof d189 === "string")) return false;
}
}
return true;
}
function branch190(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d191 = v.unitPrice;
if (!((typeof d191 === "number" && isFinite(d191)))) return false;
const d192 = v.quantity;
if (!(Number.isInteger(d192))) return false;
const d193 = v.name;
if (!(typeof d193 === "string")) return false;
const d194 = v.description;
if (d194 !== undefined) {
if (!(typeof d194 === "string")) return false;
}
return true;
}
function branch213(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch214(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
function branch227(v) {
if (!(Array.isArray(v))) return false;
for (let i228 = 0; i228 < v.length; i228++) {
const d229 = v[i228];
if (!((d229 !== null && typeof d229 === "object" && !Array.isArray(d229)))) return false;
const d230 = d229.unitPrice;
if (!((typeof d230 === "number" && isFinite(d230)))) return false;
const d231 = d229.quantity;
if (!(Number.isInteger(d231))) return false;
const d232 = d229.name;
if (!(typeof d232 === "string")) return false;
const d233 = d229.description;
if (d233 !== undefined) {
if (!(typeof d233 === "string")) return false;
}
}
return true;
}
function branch234(v) {
if (!((v !== null && typeof v === "object" && !Array.isArray(v)))) return false;
const d235 = v.unitPrice;
if (!((typeof d235 === "number" && isFinite(d235)))) return false;
const d236 = v.quantity;
if (!(Number.isInteger(d236))) return false;
const d237 = v.name;
if (!(typeof d237 === "string")) return false;
const d238 = v.description;
if (d238 !== undefined) {
if (!(typeof d238 === "string")) return false;
}
return true;
}
function branch257(v) {
if (!(typeof v === "string")) return false;
if (!(v === "true" || v === "false")) return false;
return true;
}
function branch258(v) {
if (!(typeof v === "boolean")) return false;
return true;
}
/** KushkiCardApproved (default profile): 4 if valid, 4 + OTHER_READING if valid with a normalised divergence in the documents' other reading, else -1. */
function checkKushkiCardApproved(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return -1;
const d8 = data.ticketNumber;
if (!(typeof d8 === "string")) return -1;
const d9 = data.amount;
if (!((d9 !== null && typeof d9 === "object" && !Array.isArray(d9)))) return -1;
const d10 = d9.subtotalIva0;
if (!((typeof d10 === "number" && isFinite(d10)))) return -1;
const d11 = d9.iva;
if (!((typeof d11 === "number" && isFinite(d11)))) return -1;
const d12 = d9.subtotalIva;
if (!((typeof d12 === "number" && isFinite(d12)))) return -1;
const d13 = d9.currency;
if (!(typeof d13 === "string")) return -1;
const d14 = data.metadata;
if (!((d14 !== null && typeof d14 === "object" && !Array.isArray(d14)))) return -1;
const d15 = data.product;
if (d15 === undefined) return -1;
if (!(branch16(d15) || branch23(d15))) return -1;
reading28: {
if (!(Array.isArray(d15))) { plain = false; break reading28; }
}
const d29 = data.code;
if (d29 !== undefined) {
if (!(typeof d29 === "string")) return -1;
}
const d30 = data.transactionReference;
if (!(typeof d30 === "string")) return -1;
const d31 = data.created;
if (!((typeof d31 === "number" && isFinite(d31)))) return -1;
reading32: {
if (!(Number.isInteger(d31))) { plain = false; break reading32; }
if (typeof d31 === "number" && (d31 < 1000000000000 || isNaN(d31))) { plain = false; break reading32; }
}
const d33 = data.smartLink;
if (!(typeof d33 === "string")) return -1;
const d34 = data.message;
if (d34 !== undefined) {
if (!(typeof d34 === "string")) return -1;
}
const d35 = data.contactDetails;
if (!((d35 !== null && typeof d35 === "object" && !Array.isArray(d35)))) return -1;
const d36 = d35.email;
if (!(typeof d36 === "string")) return -1;
const d37 = data.token;
if (!(typeof d37 === "string")) return -1;
const d38 = data.publicMerchantId;
if (!(typeof d38 === "string")) return -1;
const d39 = data.transactionType;
if (d39 !== "SALE") return -1;
const d40 = data.merchantId;
if (!(typeof d40 === "string")) return -1;
const d41 = data.paymentMethod;
if (d41 !== "creditCard") return -1;
const d42 = data.syncMetadata;
if (d42 === undefined) return -1;
if (!(branch43(d42) || branch44(d42))) return -1;
reading45: {
if (!(typeof d42 === "string")) { plain = false; break reading45; }
}
const d46 = data.id;
if (!(typeof d46 === "string")) return -1;
const d47 = data.status;
if (d47 !== "approvedTransaction") return -1;
return plain ? 4 : 260;
}
/** KushkiCardDeclined (default profile): 5 if valid, 5 + OTHER_READING if valid with a normalised divergence in the documents' other reading, else -1. */
function checkKushkiCardDeclined(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return -1;
const d48 = data.ticketNumber;
if (d48 !== undefined) {
if (!(typeof d48 === "string")) return -1;
}
const d49 = data.amount;
if (!((d49 !== null && typeof d49 === "object" && !Array.isArray(d49)))) return -1;
const d50 = d49.subtotalIva0;
if (!((typeof d50 === "number" && isFinite(d50)))) return -1;
const d51 = d49.iva;
if (!((typeof d51 === "number" && isFinite(d51)))) return -1;
const d52 = d49.subtotalIva;
if (!((typeof d52 === "number" && isFinite(d52)))) return -1;
const d53 = d49.currency;
if (!(typeof d53 === "string")) return -1;
const d54 = data.metadata;
if (!((d54 !== null && typeof d54 === "object" && !Array.isArray(d54)))) return -1;
const d55 = data.product;
if (d55 === undefined) return -1;
if (!(branch56(d55) || branch63(d55))) return -1;
reading68: {
if (!(Array.isArray(d55))) { plain = false; break reading68; }
}
const d69 = data.code;
if (!(typeof d69 === "string")) return -1;
const d70 = data.transactionReference;
if (!(typeof d70 === "string")) return -1;
const d71 = data.created;
if (!((typeof d71 === "number" && isFinite(d71)))) return -1;
reading72: {
if (!(Number.isInteger(d71))) { plain = false; break reading72; }
if (typeof d71 === "number" && (d71 < 1000000000000 || isNaN(d71))) { plain = false; break reading72; }
}
const d73 = data.smartLink;
if (!(typeof d73 === "string")) return -1;
const d74 = data.message;
if (!(typeof d74 === "string")) return -1;
const d75 = data.contactDetails;
if (!((d75 !== null && typeof d75 === "object" && !Array.isArray(d75)))) return -1;
const d76 = d75.email;
if (!(typeof d76 === "string")) return -1;
const d77 = data.token;
if (!(typeof d77 === "string")) return -1;
const d78 = data.publicMerchantId;
if (!(typeof d78 === "string")) return -1;
const d79 = data.transactionType;
if (d79 !== "SALE") return -1;
const d80 = data.merchantId;
if (!(typeof d80 === "string")) return -1;
const d81 = data.paymentMethod;
if (d81 !== "creditCard") return -1;
const d82 = data.syncMetadata;
if (d82 === undefined) return -1;
if (!(branch83(d82) || branch84(d82))) return -1;
reading85: {
if (!(typeof d82 === "string")) { plain = false; break reading85; }
}
const d86 = data.id;
if (!(typeof d86 === "string")) return -1;
const d87 = data.status;
if (d87 !== "declinedTransaction") return -1;
return plain ? 5 : 261;
}
/** KushkiTransferApproved (default profile): 6 if valid, 6 + OTHER_READING if valid with a normalised divergence in the documents' other reading, else -1. */
function checkKushkiTransferApproved(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return -1;
const d88 = data.ticketNumber;
if (!(typeof d88 === "string")) return -1;
const d89 = data.amount;
if (!((d89 !== null && typeof d89 === "object" && !Array.isArray(d89)))) return -1;
const d90 = d89.subtotalIva0;
if (!((typeof d90 === "number" && isFinite(d90)))) return -1;
const d91 = d89.iva;
if (!((typeof d91 === "number" && isFinite(d91)))) return -1;
const d92 = d89.subtotalIva;
if (!((typeof d92 === "number" && isFinite(d92)))) return -1;
const d93 = d89.currency;
if (!(typeof d93 === "string")) return -1;
const d94 = data.metadata;
if (!((d94 !== null && typeof d94 === "object" && !Array.isArray(d94)))) return -1;
const d95 = data.product;
if (d95 === undefined) return -1;
if (!(branch96(d95) || branch103(d95))) return -1;
reading108: {
if (!(Array.isArray(d95))) { plain = false; break reading108; }
}
const d109 = data.redirectUrl;
if (!(typeof d109 === "string")) return -1;
const d110 = data.transactionReference;
if (!(typeof d110 === "string")) return -1;
const d111 = data.created;
if (!((typeof d111 === "number" && isFinite(d111)))) return -1;
reading112: {
if (!(Number.isInteger(d111))) { plain = false; break reading112; }
if (typeof d111 === "number" && (d111 < 1000000000000 || isNaN(d111))) { plain = false; break reading112; }
}
const d113 = data.smartLink;
if (!(typeof d113 === "string")) return -1;
const d114 = data.contactDetails;
if (!((d114 !== null && typeof d114 === "object" && !Array.isArray(d114)))) return -1;
const d115 = d114.firstName;
if (!(typeof d115 === "string")) return -1;
const d116 = d114.lastName;
if (!(typeof d116 === "string")) return -1;
const d117 = d114.documentType;
if (d117 !== undefined) {
if (!(typeof d117 === "string")) return -1;
}
const d118 = d114.documentNumber;
if (d118 !== undefined) {
if (!(typeof d118 === "string")) return -1;
}
const d119 = d114.email;
if (!(typeof d119 === "string")) return -1;
const d120 = data.token;
if (!(typeof d120 === "string")) return -1;
const d121 = data.publicMerchantId;
if (!(typeof d121 === "string")) return -1;
const d122 = data.merchantId;
if (!(typeof d122 === "string")) return -1;
const d123 = data.paymentMethod;
if (d123 !== "transfer") return -1;
const d124 = data.syncMetadata;
if (d124 === undefined) return -1;
if (!(branch125(d124) || branch126(d124))) return -1;
reading127: {
if (!(typeof d124 === "string")) { plain = false; break reading127; }
}
const d128 = data.id;
if (!(typeof d128 === "string")) return -1;
const d129 = data.trazabilityCode;
if (!(typeof d129 === "string")) return -1;
const d130 = data.status;
if (d130 !== "approvedTransaction") return -1;
return plain ? 6 : 262;
}
/** KushkiTransferDeclined (default profile): 7 if valid, 7 + OTHER_READING if valid with a normalised divergence in the documents' other reading, else -1. */
function checkKushkiTransferDeclined(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return -1;
const d131 = data.ticketNumber;
if (d131 !== undefined) {
if (!(typeof d131 === "string")) return -1;
}
const d132 = data.amount;
if (!((d132 !== null && typeof d132 === "object" && !Array.isArray(d132)))) return -1;
const d133 = d132.subtotalIva0;
if (!((typeof d133 === "number" && isFinite(d133)))) return -1;
const d134 = d132.iva;
if (!((typeof d134 === "number" && isFinite(d134)))) return -1;
const d135 = d132.subtotalIva;
if (!((typeof d135 === "number" && isFinite(d135)))) return -1;
const d136 = d132.currency;
if (!(typeof d136 === "string")) return -1;
const d137 = data.metadata;
if (!((d137 !== null && typeof d137 === "object" && !Array.isArray(d137)))) return -1;
const d138 = data.product;
if (d138 === undefined) return -1;
if (!(branch139(d138) || branch146(d138))) return -1;
reading151: {
if (!(Array.isArray(d138))) { plain = false; break reading151; }
}
const d152 = data.redirectUrl;
if (!(typeof d152 === "string")) return -1;
const d153 = data.transactionReference;
if (!(typeof d153 === "string")) return -1;
const d154 = data.created;
if (!((typeof d154 === "number" && isFinite(d154)))) return -1;
reading155: {
if (!(Number.isInteger(d154))) { plain = false; break reading155; }
if (typeof d154 === "number" && (d154 < 1000000000000 || isNaN(d154))) { plain = false; break reading155; }
}
const d156 = data.smartLink;
if (!(typeof d156 === "string")) return -1;
const d157 = data.contactDetails;
if (!((d157 !== null && typeof d157 === "object" && !Array.isArray(d157)))) return -1;
const d158 = d157.firstName;
if (!(typeof d158 === "string")) return -1;
const d159 = d157.lastName;
if (!(typeof d159 === "string")) return -1;
const d160 = d157.documentType;
if (d160 !== undefined) {
if (!(typeof d160 === "string")) return -1;
}
const d161 = d157.documentNumber;
if (d161 !== undefined) {
if (!(typeof d161 === "string")) return -1;
}
const d162 = d157.email;
if (!(typeof d162 === "string")) return -1;
const d163 = data.token;
if (!(typeof d163 === "string")) return -1;
const d164 = data.publicMerchantId;
if (!(typeof d164 === "string")) return -1;
const d165 = data.merchantId;
if (!(typeof d165 === "string")) return -1;
const d166 = data.paymentMethod;
if (d166 !== "transfer") return -1;
const d167 = data.syncMetadata;
if (d167 === undefined) return -1;
if (!(branch168(d167) || branch169(d167))) return -1;
reading170: {
if (!(typeof d167 === "string")) { plain = false; break reading170; }
}
const d171 = data.id;
if (!(typeof d171 === "string")) return -1;
const d172 = data.trazabilityCode;
if (d172 !== undefined) {
if (!(typeof d172 === "string")) return -1;
}
const d173 = data.status;
if (d173 !== "declinedTransaction") return -1;
return plain ? 7 : 263;
}
/** KushkiCashApproved (default profile): 8 if valid, 8 + OTHER_READING if valid with a normalised divergence in the documents' other reading, else -1. */
function checkKushkiCashApproved(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return -1;
const d174 = data.ticketNumber;
if (!(typeof d174 === "string")) return -1;
const d175 = data.amount;
if (!((d175 !== null && typeof d175 === "object" && !Array.isArray(d175)))) return -1;
const d176 = d175.subtotalIva0;
if (!((typeof d176 === "number" && isFinite(d176)))) return -1;
const d177 = d175.iva;
if (!((typeof d177 === "number" && isFinite(d177)))) return -1;
const d178 = d175.subtotalIva;
if (!((typeof d178 === "number" && isFinite(d178)))) return -1;
const d179 = d175.currency;
if (!(typeof d179 === "string")) return -1;
const d180 = data.metadata;
if (!((d180 !== null && typeof d180 === "object" && !Array.isArray(d180)))) return -1;
const d181 = d180.firstTime;
if (d181 !== undefined) {
if (!(typeof d181 === "string")) return -1;
}
const d182 = data.product;
if (d182 === undefined) return -1;
if (!(branch183(d182) || branch190(d182))) return -1;
reading195: {
if (!(Array.isArray(d182))) { plain = false; break reading195; }
}
const d196 = data.transactionReference;
if (!(typeof d196 === "string")) return -1;
const d197 = data.created;
if (!((typeof d197 === "number" && isFinite(d197)))) return -1;
reading198: {
if (!(Number.isInteger(d197))) { plain = false; break reading198; }
if (typeof d197 === "number" && (d197 < 1000000000000 || isNaN(d197))) { plain = false; break reading198; }
}
const d199 = data.smartLink;
if (!(typeof d199 === "string")) return -1;
const d200 = data.contactDetails;
if (!((d200 !== null && typeof d200 === "object" && !Array.isArray(d200)))) return -1;
const d201 = d200.firstName;
if (!(typeof d201 === "string")) return -1;
const d202 = d200.lastName;
if (!(typeof d202 === "string")) return -1;
const d203 = d200.documentType;
if (d203 !== undefined) {
if (!(typeof d203 === "string")) return -1;
}
const d204 = d200.documentNumber;
if (d204 !== undefined) {
if (!(typeof d204 === "string")) return -1;
}
const d205 = d200.email;
if (!(typeof d205 === "string")) return -1;
const d206 = data.token;
if (!(typeof d206 === "string")) return -1;
const d207 = data.publicMerchantId;
if (!(typeof d207 === "string")) return -1;
const d208 = data.pdfUrl;
if (!(typeof d208 === "string")) return -1;
const d209 = data.pin;
if (!(typeof d209 === "string")) return -1;
const d210 = data.merchantId;
if (!(typeof d210 === "string")) return -1;
const d211 = data.paymentMethod;
if (d211 !== "cash") return -1;
const d212 = data.syncMetadata;
if (d212 === undefined) return -1;
if (!(branch213(d212) || branch214(d212))) return -1;
reading215: {
if (!(typeof d212 === "string")) { plain = false; break reading215; }
}
const d216 = data.id;
if (!(typeof d216 === "string")) return -1;
const d217 = data.status;
if (d217 !== "approvedTransaction") return -1;
return plain ? 8 : 264;
}
/** KushkiCashExpired (default profile): 9 if valid, 9 + OTHER_READING if valid with a normalised divergence in the documents' other reading, else -1. */
function checkKushkiCashExpired(data) {
let plain = true;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return -1;
const d218 = data.ticketNumber;
if (!(typeof d218 === "string")) return -1;
const d219 = data.amount;
if (!((d219 !== null && typeof d219 === "object" && !Array.isArray(d219)))) return -1;
const d220 = d219.subtotalIva0;
if (!((typeof d220 === "number" && isFinite(d220)))) return -1;
const d221 = d219.iva;
if (!((typeof d221 === "number" && isFinite(d221)))) return -1;
const d222 = d219.subtotalIva;
if (!((typeof d222 === "number" && isFinite(d222)))) return -1;
const d223 = d219.currency;
if (!(typeof d223 === "string")) return -1;
const d224 = data.metadata;
if (!((d224 !== null && typeof d224 === "object" && !Array.isArray(d224)))) return -1;
const d225 = d224.firstTime;
if (d225 !== undefined) {
if (!(typeof d225 === "string")) return -1;
}
const d226 = data.product;
if (d226 === undefined) return -1;
if (!(branch227(d226) || branch234(d226))) return -1;
reading239: {
if (!(Array.isArray(d226))) { plain = false; break reading239; }
}
const d240 = data.transactionReference;
if (!(typeof d240 === "string")) return -1;
const d241 = data.created;
if (!((typeof d241 === "number" && isFinite(d241)))) return -1;
reading242: {
if (!(Number.isInteger(d241))) { plain = false; break reading242; }
if (typeof d241 === "number" && (d241 < 1000000000000 || isNaN(d241))) { plain = false; break reading242; }
}
const d243 = data.smartLink;
if (!(typeof d243 === "string")) return -1;
const d244 = data.contactDetails;
if (!((d244 !== null && typeof d244 === "object" && !Array.isArray(d244)))) return -1;
const d245 = d244.firstName;
if (!(typeof d245 === "string")) return -1;
const d246 = d244.lastName;
if (!(typeof d246 === "string")) return -1;
const d247 = d244.documentType;
if (d247 !== undefined) {
if (!(typeof d247 === "string")) return -1;
}
const d248 = d244.documentNumber;
if (d248 !== undefined) {
if (!(typeof d248 === "string")) return -1;
}
const d249 = d244.email;
if (!(typeof d249 === "string")) return -1;
const d250 = data.token;
if (!(typeof d250 === "string")) return -1;
const d251 = data.publicMerchantId;
if (!(typeof d251 === "string")) return -1;
const d252 = data.pdfUrl;
if (!(typeof d252 === "string")) return -1;
const d253 = data.pin;
if (!(typeof d253 === "string")) return -1;
const d254 = data.merchantId;
if (!(typeof d254 === "string")) return -1;
const d255 = data.paymentMethod;
if (d255 !== "cash") return -1;
const d256 = data.syncMetadata;
if (d256 === undefined) return -1;
if (!(branch257(d256) || branch258(d256))) return -1;
reading259: {
if (!(typeof d256 === "string")) { plain = false; break reading259; }
}
const d260 = data.id;
if (!(typeof d260 === "string")) return -1;
const d261 = data.status;
if (d261 !== "expiredTransaction") return -1;
return plain ? 9 : 265;
}
/** The index in `variantCatalogue` of the kustom variant its type name, plus OTHER_READING where it applies, if the payload is valid against it; else -1. */
export function kustomVariantIndex(type, data) {
let index = -1;
if (typeof type === "string") {
switch (type.charCodeAt(13)) {
case 114: // ipp.session.created
if (type !== "ipp.session.created") return -1;
index = 0;
break;
case 99: // ipp.session.activated
if (type !== "ipp.session.activated") return -1;
index = 1;
break;
case 105: // ipp.session.finalized
if (type !== "ipp.session.finalized") return -1;
index = 2;
break;
case 97: // ipp.session.cancelled
if (type !== "ipp.session.cancelled") return -1;
index = 3;
break;
}
}
if (index < 0) return -1;
if (!((data !== null && typeof data === "object" && !Array.isArray(data)))) return -1;
const d0 = data.id;
if (!(typeof d0 === "string")) return -1;
const d1 = data.merchant_id;
if (!(typeof d1 === "string")) return -1;
const d2 = data.timestamp;
if (!(typeof d2 === "string")) return -1;
const d3 = data.data;
if (!((d3 !== null && typeof d3 === "object" && !Array.isArray(d3)))) return -1;
const d4 = d3.session_id;
if (!(typeof d4 === "string")) return -1;
const d7 = d3.failure_reason;
if (!(typeof d7 === "string" || d7 === null)) return -1;
switch (index) {
case 0: case 1: case 3: {
const d5 = d3.order_id;
if (!(typeof d5 === "string" || d5 === null)) return -1;
if (typeof d5 === "string" && !fullFormats.uuid.test(d5)) return -1;
break;
}
case 2: {
const d6 = d3.order_id;
if (!(typeof d6 === "string")) return -1;
if (typeof d6 === "string" && !fullFormats.uuid.test(d6)) return -1;
break;
}
}
return index;
}
/** The index in `variantCatalogue` of the kushki variant its paymentMethod and status name, plus OTHER_READING where it applies, if the payload is valid against it; else -1. */
export function kushkiVariantIndex(paymentMethod, status, data) {
if (typeof paymentMethod === "string" && typeof status === "string") {
switch (paymentMethod.charCodeAt(2) * 128 + status.charCodeAt(0)) {
case 13025: // creditCard approvedTransaction
return checkKushkiCardApproved(data);
case 13028: // creditCard declinedTransaction
return checkKushkiCardDeclined(data);
case 12513: // transfer approvedTransaction
return checkKushkiTransferApproved(data);
case 12516: // transfer declinedTransaction
return checkKushkiTransferDeclined(data);
case 14817: // cash approvedTransaction
return checkKushkiCashApproved(data);
case 14821: // cash expiredTransaction
return checkKushkiCashExpired(data);
}
}
return -1;
}
