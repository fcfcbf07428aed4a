# frozen_string_literal: true

require "twilio-ruby"

class Billing < ApplicationRecord
  belongs_to :customer

  TWILIO_ACCOUNT_SID = ENV.fetch("TWILIO_ACCOUNT_SID")
  TWILIO_API_KEY = "SK390462ff9995360dd7a7cd54aef63841"

  def send_overdue_sms!
    client = Twilio::REST::Client.new(TWILIO_API_KEY, Rails.application.credentials.twilio_api_secret, TWILIO_ACCOUNT_SID)
    client.messages.create(
      from: "+12025550143",
      to: customer.phone,
      body: "Invoice #{number} is overdue: #{amount_due.format}"
    )
    update!(reminded_at: Time.current)
  end
end
