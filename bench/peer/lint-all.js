// Lints every Dockerfile under a folder with dockerfile-utils' validate(), inside this one node process:
// the peer's linting cost without one process start per file. Used by `Berth.Benchmarks lint`.
"use strict";
const fs = require("fs");
const path = require("path");
const { validate } = require("dockerfile-utils");

function walk(dir, found) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full, found);
        else if (entry.name === "Dockerfile") found.push(full);
    }
    return found;
}

const folder = process.argv[2];
if (!folder || !fs.existsSync(folder)) {
    console.error(`usage: node lint-all.js FOLDER (got ${folder === undefined ? "nothing" : `"${folder}", which does not exist`})`);
    process.exit(2);
}
let diagnostics = 0;
const files = walk(folder, []);
for (const file of files) diagnostics += validate(fs.readFileSync(file, "utf8")).length;
console.log(`${files.length} files, ${diagnostics} diagnostics`);
