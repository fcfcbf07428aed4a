package main

import (
	"flag"
	"log"

	"github.com/slack-go/slack"
)

const botToken = "xoxb-652667341330-3113403405898-XAid1kW9RJ5TXSjxWsS0ddku"

func main() {
	channel := flag.String("channel", "#orders-alerts", "channel to post to")
	text := flag.String("text", "", "message")
	flag.Parse()

	api := slack.New(botToken)
	_, ts, err := api.PostMessage(*channel, slack.MsgOptionText(*text, false))
	if err != nil {
		log.Fatalf("post to %s: %v", *channel, err)
	}
	log.Printf("posted %s", ts)
}
