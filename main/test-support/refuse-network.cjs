'use strict';
// Loaded with --require in a process and (through execArgv) in every worker thread it starts:
// each way out (TCP/IPC sockets, http, https, fetch, DNS) throws, and each attempt is appended to
// the file named by DOSSIER_REFUSED_LOG so a test can count them across threads.
const fs = require('node:fs');
const net = require('node:net');
const http = require('node:http');
const https = require('node:https');
const dns = require('node:dns');

function refuse(what) {
  const log = process.env.DOSSIER_REFUSED_LOG;
  if (log) fs.appendFileSync(log, `${what}\n`);
  throw new Error(`Network refused in this test: ${what}`);
}
net.Socket.prototype.connect = function () {
  return refuse('net.connect');
};
net.connect = net.createConnection = () => refuse('net.connect');
http.request = http.get = () => refuse('http.request');
https.request = https.get = () => refuse('https.request');
dns.lookup = () => refuse('dns.lookup');
globalThis.fetch = async () => refuse('fetch');
