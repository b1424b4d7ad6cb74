"""A minimal SMTP server for CI scripts: accepts every message and appends its Message-ID to a file, one a line.

usage: python3 smtp-sink.py PORT FILE
"""
import socketserver
import sys


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 sink")
            elif command == "DATA":
                self.reply("354 end with .")
                message_id = ""
                while True:
                    data = self.rfile.readline().decode(errors="replace").rstrip("\r\n")
                    if data == ".":
                        break
                    if data.lower().startswith("message-id:") and not message_id:
                        message_id = data.split(":", 1)[1].strip()
                with open(sys.argv[2], "a") as received:
                    received.write(message_id + "\n")
                self.reply("250 queued")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


socketserver.ThreadingTCPServer.allow_reuse_address = True
with socketserver.ThreadingTCPServer(("127.0.0.1", int(sys.argv[1])), Session) as server:
    server.serve_forever()
